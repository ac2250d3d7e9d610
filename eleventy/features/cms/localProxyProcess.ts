/**
 * Decap's local proxy (decap-server, in git mode) as a child of `npm start`,
 * on a checkout of its own (proxyCheckout.ts), never on the working copy: the
 * CMS's drafts never reach the local site, and what it publishes reaches the
 * working copy by a fast-forward, which the site builds at once. It ends when
 * npm start ends, however that is ended, so that it never keeps its port or
 * goes on writing to the repository with nobody to stop it.
 *
 * Env: PORT, BIND_HOST, LOG_LEVEL as decap-server's; CMS_WORKING_COPY (the
 * project), GIT_REPO_DIRECTORY (the checkout), CMS_BRANCH (main).
 */
import { createRequire } from "node:module";
import { stopWhenParentEnds } from "../../core/stopWhenParentEnds.ts";
import { rebaseDraft, syncIn, syncOut } from "./proxyCheckout.ts";

interface Request {
  body: { action?: string; params?: { collection?: string; slug?: string; id?: string } };
}
interface Response {
  statusCode: number;
  json(body: unknown): Response;
  on(event: "finish" | "close", listener: () => void): void;
}
type Handler = (request: Request, response: Response, next: () => void) => void;
interface App {
  use(handler: Handler): void;
  listen(port: number, host: string, ready: () => void): void;
}

const require = createRequire(import.meta.url);
const express = require("express") as { (): App; json(options: { limit: string }): Handler };
const { registerLocalGit } = require("decap-server/dist/middlewares.js") as {
  registerLocalGit(app: App, options: { logLevel?: string }): Promise<void>;
};

stopWhenParentEnds();

const root = process.env["CMS_WORKING_COPY"] ?? process.cwd();
const clone = process.env["GIT_REPO_DIRECTORY"]!;
const branch = process.env["CMS_BRANCH"] || "main";
const report = (line: string | undefined) => line && console.log(line);

/** The actions after which the published branch may have moved: they then reach the working copy. */
const CHANGES_PUBLISHED = new Set(["publishUnpublishedEntry", "persistEntry", "persistMedia", "deleteFile", "deleteFiles"]);
/** The actions that read a draft by its difference from the published branch. */
const READS_DRAFT = new Set(["unpublishedEntry", "unpublishedEntryDataFile", "unpublishedEntryMediaFile"]);

/** One request at a time, from the first sync to the last: the proxy's own lock covers only its part. */
let queue = Promise.resolve();

const app = express();
// Decap's own middlewares parse the body too, after this one: parse it first (express skips a parsed body).
app.use(express.json({ limit: "50mb" }) as Handler);
app.use((request, response, next) => {
  const { action, params } = request.body ?? {};
  if (!action || action === "info") return next();
  // Listened for at once: a request the CMS gave up on while it waited its turn (the editor opened another page) has
  // closed before its turn comes, and a listener added then would never hear it, holding every later request for ever.
  let closed = false;
  const answered = new Promise<void>((done) =>
    response.on("close", () => {
      closed = true;
      done();
    }),
  );
  const turn = async () => {
    if (closed) return;
    try {
      report(syncIn(root, clone, branch));
      if (action && READS_DRAFT.has(action)) {
        const key = params?.id ?? `${params?.collection}/${params?.slug}`;
        rebaseDraft(clone, branch, `cms/${key}`);
      }
    } catch (error) {
      // The CMS still gets its answer, from the checkout as it is; the terminal says what went wrong.
      console.error(`[cms] ${error instanceof Error ? error.message : String(error)}`);
    }
    // The working copy takes what was published before the CMS is told "Entry published".
    const send = response.json.bind(response);
    response.json = (body) => {
      if (CHANGES_PUBLISHED.has(action) && response.statusCode < 400) report(syncOut(root, clone, branch));
      return send(body);
    };
    next();
    await answered;
  };
  queue = queue.then(turn, turn);
});
await registerLocalGit(app, { logLevel: process.env["LOG_LEVEL"] ?? "warn" });
const port = Number(process.env["PORT"] ?? 8081);
app.listen(port, process.env["BIND_HOST"] ?? "127.0.0.1", () => {
  console.log(`[cms] The CMS's local proxy works on its own checkout, ${clone}`);
});
