import type { Browser } from "@playwright/test";
import { launchChromium } from "./chromium.ts";
import { startSiteServer, type SiteServer, type SiteServerOptions } from "./startSiteServer.ts";

/**
 * Serves a built site (startSiteServer) and starts Chromium to visit it, for `use`: both are ended however it ends,
 * the server too when Chromium cannot start. A server left running keeps the process that started it alive, so a
 * test or script that failed there would never end.
 */
export async function withSiteInChromium<T>(
  options: SiteServerOptions,
  use: (browser: Browser, server: SiteServer) => Promise<T>,
): Promise<T> {
  const server = await startSiteServer(options);
  try {
    const browser = await launchChromium();
    try {
      return await use(browser, server);
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}
