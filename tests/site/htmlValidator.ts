import { FileSystemConfigLoader, HtmlValidate } from "html-validate";

/**
 * The one html-validate of the checks of a built site, reading .htmlvalidate.mjs as the html-validate CLI does (a bare
 * `new HtmlValidate()` would ignore it), so that ./warmUp.ts can have it ready before the pages are there.
 */
export const htmlValidator = new HtmlValidate(new FileSystemConfigLoader());
