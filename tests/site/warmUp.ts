/**
 * What the checks of a built site load and ready before they read the site, imported by
 * scripts/lib/testsInOneProcess.ts when it is asked to wait for a build (`npm run build:checked`,
 * scripts/build-and-check.ts): the modules the checks share, and html-validate, which validates its first page four
 * times as slowly as the next ones while it readies its rules. Done while the build runs, on a core the build leaves
 * idle, it costs the checks nothing afterwards. Nothing here reads _site/.
 */
import "fast-xml-parser";
import "htmlparser2";
import "./builtPages.ts";
import "./publishedPages.ts";
import "./readXml.ts";
import "./leadImage.ts";
import "../unit/parseCalendar.ts";
import "../../eleventy/features/cms/cmsConfig.ts";
import "../../eleventy/features/linkCheck/checkInternalLinks.ts";
import "../../eleventy/features/calendar/calendarFileUrl.ts";
import "../../eleventy/features/checkReports/checkReports.ts";
import "../../eleventy/core/headersFile.ts";
import { htmlValidator } from "./htmlValidator.ts";

// A page of the site's shape, named inside the project so that .htmlvalidate.mjs is found and its rules readied.
await htmlValidator.validateString(
  '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>Warm-up</title>\n</head>\n<body>\n<main>\n<h1>Warm-up</h1>\n<p>A <a href="/">link</a>.</p>\n</main>\n</body>\n</html>\n',
  "tests/site/warm-up.html",
);
