/**
 * Decap's local proxy (decap-server) as a child of `npm start`: it ends when
 * npm start ends, however that is ended, so that it never keeps its port or
 * goes on writing to the repository with nobody to stop it.
 */
import { stopWhenParentEnds } from "../../core/stopWhenParentEnds.ts";

stopWhenParentEnds();
await import("decap-server/dist/index.js");
