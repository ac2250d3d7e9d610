/** How often a server looks whether the process that started it is still there: a dead server's port frees within this. */
const CHECK_EVERY_MS = 500;

let watching = false;

/**
 * Ends this process once the process that started it has ended. `npm start`
 * and `npm run serve` run node under a shell under npm: ending npm (an editor's
 * Stop button, a test, `kill`) ends npm and the shell, but node would carry on
 * serving, holding its port, with nobody to stop it. Ctrl+C is not the case:
 * it reaches every process of the terminal. A process whose parent has ended
 * is handed to another (init), so its parent's id changes. It ends as on
 * Ctrl+C: Eleventy stops watching and closes its server on SIGINT.
 */
export function stopWhenParentEnds(): void {
  if (watching) return; // Eleventy reads its configuration again when it changes under `npm start`.
  watching = true;
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.kill(process.pid, "SIGINT");
  }, CHECK_EVERY_MS).unref();
}
