import { indexInLowPriorityProcess } from "./indexInLowPriorityProcess.ts";

/** How long `npm start` waits after a rebuild before it indexes the site again: saves in a row make one index. */
export const SERVE_INDEX_DELAY_MS = 2000;

/**
 * `npm start`'s search index: made in the background, so that no build waits
 * for it. Pagefind reads every page, however few a save changed: at 10,000
 * pages that takes longer than the 2 seconds an edit may take to show. So the
 * index is made after the first build, then again once saves have paused for
 * SERVE_INDEX_DELAY_MS, in a low-priority process; until it is, search shows
 * the site as it was. It is made only once `linksChecked()`, asked when the
 * indexing starts, has passed, so that a broken site is never indexed.
 */
export class BackgroundIndex {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly outputDir: string,
    private readonly linksChecked: () => Promise<void>,
  ) {}

  /** After a build: index once saves have paused (at once after the first build). */
  schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
    this.timer.unref();
  }

  private async run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    const started = performance.now();
    this.running = this.linksChecked()
      .then(
        () => indexInLowPriorityProcess(this.outputDir),
        () => 0,
      )
      .then((pages) => {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (pages) console.log(`[search] Indexed ${pages} pages for search in ${seconds} s.`);
        else console.log("[search] The search index was not updated: fix the broken links the build names.");
      })
      .catch((error: unknown) => console.error(`[search] ${(error as Error).message}`))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.schedule(0);
        }
      });
  }
}
