import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";

/*
 * npm run check:external-links, on small built sites: it reports a link to
 * another website that has gone, but never the site's own public address
 * (which does not answer before launch), and says plainly when it cannot
 * reach the network instead of calling every link broken.
 */
let server: Server;
let otherSite = "";
const folders: string[] = [];

before(async () => {
  // Another website, on a loopback address the check treats as external (127.0.0.1 and localhost are the site itself).
  server = createServer((request, response) => {
    response.writeHead(request.url === "/still-here/" ? 200 : 404, { "content-type": "text/html" });
    response.end("<!doctype html><title>Elsewhere</title>");
  });
  await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
  otherSite = `http://127.0.0.2:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function builtSite(body: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), "external-links-"));
  folders.push(folder);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, "index.html"),
    `<!doctype html><html lang="en"><head><title>Home</title><link rel="canonical" href="https://www.leicestershire.gov.uk/"><meta property="og:image" content="https://www.leicestershire.gov.uk/images/social.jpg"></head><body>${body}<a href="https://www.leicestershire.gov.uk/news/">News</a></body></html>`,
  );
  return folder;
}

function checkLinks(dir: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["scripts/run.js", "scripts/check-external-links.ts", "--dir", dir], {
      env: { ...process.env, SITE_URL: "" },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("close", (status) => resolve({ status, output }));
  });
}

test("a link to a page another website has removed is reported with its status; the site's own address is not checked", async () => {
  const dir = builtSite(`<a href="${otherSite}/still-here/">Here</a> <a href="${otherSite}/gone/">Gone</a>`);
  const { status, output } = await checkLinks(dir);
  assert.equal(status, 1, output);
  assert.match(output, new RegExp(`${otherSite}/gone/ answered 404`));
  assert.doesNotMatch(output, /still-here/);
  assert.doesNotMatch(output, /leicestershire\.gov\.uk/);
  assert.match(output, /^external links: 2 checked, 1 broken$/m);
});

test("with only the site's own address linked, nothing is broken", async () => {
  const { status, output } = await checkLinks(builtSite(""));
  assert.equal(status, 0, output);
  assert.match(output, /^external links: 0 checked, 0 broken$/m);
});

test("when no website answers at all, it says the network cannot be reached rather than listing every link as broken", async () => {
  const dir = builtSite(`<a href="https://no-such-host.invalid/">A</a> <a href="https://also-missing.invalid/page">B</a>`);
  const { status, output } = await checkLinks(dir);
  assert.equal(status, 2, output);
  assert.match(output, /^Could not check the external links: none of the 2 links to other websites got an answer/m);
  assert.doesNotMatch(output, /broken$/m);
});
