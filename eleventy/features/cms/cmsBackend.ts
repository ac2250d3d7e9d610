import type { CmsBackend } from "./cmsConfig.ts";

/** Shown until CMS_GITHUB_REPO is set: the CMS then says it cannot find the repository (docs/deploying.md). */
export const REPO_PLACEHOLDER = "your-organisation/your-repository";

/** The local proxy's port under `npm start`: decap-server's own default, or CMS_PROXY_PORT. */
export function localProxyPort(env: NodeJS.ProcessEnv = process.env): number {
  return Number(env["CMS_PROXY_PORT"] || 8081);
}

/** The local proxy's address, on the loopback interface it alone listens on. */
export function localProxyOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return `http://127.0.0.1:${localProxyPort(env)}`;
}

/**
 * Which repository the CMS edits, from the build's environment (docs/deploying.md):
 * CMS_GITHUB_REPO, or GitHub Actions' own GITHUB_REPOSITORY; CMS_BRANCH (main);
 * CMS_AUTH_URL, the OAuth proxy. `npm start` adds the local proxy, so that
 * http://localhost:8080/admin/ edits the working copy without signing in;
 * a production build never has it.
 */
export function cmsBackend(preview: boolean, env: NodeJS.ProcessEnv = process.env): CmsBackend {
  return {
    repo: env["CMS_GITHUB_REPO"] || env["GITHUB_REPOSITORY"] || REPO_PLACEHOLDER,
    branch: env["CMS_BRANCH"] || "main",
    ...(env["CMS_AUTH_URL"] ? { authUrl: env["CMS_AUTH_URL"] } : {}),
    ...(preview ? { localProxyUrl: `${localProxyOrigin(env)}/api/v1` } : {}),
  };
}
