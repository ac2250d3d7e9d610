import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { IMAGE_WIDTHS } from "./options.ts";
import { pictureSize, type PictureFormat } from "./pictureSize.ts";
import { readSvg } from "./svgDrawing.ts";

/*
 * Pictures are checked before the build decodes or draws any: their size from their header (pictureSize.ts), an
 * SVG's text as XML (svgDrawing.ts), then an SVG drawn once, with a time limit, in a process of its own. A picture
 * the site could not publish, or only at a cost that would hold up every build, is refused with the file's name and
 * the largest size allowed, where before it crashed the build with a library's words and no file name, or held it
 * up for tens of seconds.
 */

/**
 * The most pixels a picture may have: 50 million, such as 8,000 × 6,000, as large as a phone's or a camera's
 * photos come. Measured on the project's machine (2 cores), Eleventy Image makes its twelve files (three formats at
 * four widths) from a PNG of 48 million pixels in 7.9 s with 454 MB of memory (a JPEG is quicker: libvips shrinks it
 * as it reads), from 24 million in 3.7 s and 348 MB; from 256 million (16,000 × 16,000) it took 19 s and 861 MB in
 * the build, and more than 268 million (libvips's own limit) failed it. The widest file it makes is 1,600 pixels.
 */
export const MAX_PICTURE_PIXELS = 50_000_000;

/**
 * The longest side: the site's AVIF and WebP files can be at most 16,383 pixels on a side, and a picture taller than
 * this, made 1,600 pixels wide, would be taller still than its AVIF can be (sharp: "Processed image is too large for
 * the HEIF format").
 */
export const MAX_PICTURE_SIDE = 16_000;

/**
 * The most elements drawing an SVG may mean, counting each copy that <use> or url(#…) makes. A detailed map or
 * chart has a few thousand; librsvg drew 10,000 small shapes in half a second, and gives up at 500,000 copies
 * (after 38 s on a <use> bomb of a few kilobytes, which this refuses in milliseconds).
 */
export const MAX_SVG_ELEMENTS = 10_000;

/**
 * How long drawing an SVG once, 1,600 pixels wide, may take. An SVG can be slow to draw with few elements: each
 * blur, mask or see-through group over the whole picture took librsvg about half a second, and Eleventy Image draws
 * a picture again for each of its twelve files. The drawings that passed are remembered by their contents, so each
 * is drawn once a machine, not once a build.
 */
export const SVG_DRAWING_SECONDS = 5;

const WIDEST = Math.max(...IMAGE_WIDTHS);
const FORMAT_NAMES: Record<PictureFormat, string> = {
  png: "PNG",
  jpeg: "JPEG",
  gif: "GIF",
  webp: "WebP",
  avif: "AVIF",
  heic: "HEIC",
};
const EXTENSION_FORMATS: Record<string, PictureFormat> = {
  png: "png",
  jpg: "jpeg",
  jpeg: "jpeg",
  gif: "gif",
  webp: "webp",
  avif: "avif",
};

const number = (value: number) => Math.round(value).toLocaleString("en-GB");
const SMALLER = `Save a copy ${number(WIDEST)} pixels wide (the widest the site shows a picture) and use that instead.`;
const LIMITS = `The site takes pictures of up to ${number(MAX_PICTURE_PIXELS / 1_000_000)} million pixels (such as 8,000 × 6,000) and ${number(MAX_PICTURE_SIDE)} pixels on a side`;

/** What is wrong with a picture file in content/, on its line (1 for the whole file), or nothing. */
export function imageFileProblems(file: string): Array<{ line: number; message: string }> {
  const extension = path.extname(file).slice(1).toLowerCase();
  if (extension === "svg") return svgProblems(file);
  const size = pictureSize(file);
  const named = EXTENSION_FORMATS[extension];
  if (!size) {
    return [
      {
        line: 1,
        message: `This file is named .${extension} but is not a ${named ? FORMAT_NAMES[named] : extension.toUpperCase()} picture, nor a picture of any kind the site can read (it may be damaged, or another kind of file renamed). Save the picture again as a JPEG or PNG, from the program that opens it, and add that instead.`,
      },
    ];
  }
  if (size.format === "heic") {
    return [
      {
        line: 1,
        message:
          "This picture is a HEIC photo (an iPhone's own format), which the site cannot read, whatever it is named. Save it as a JPEG instead (on an iPhone, Settings, Camera, Formats, Most Compatible takes photos as JPEG), and add that.",
      },
    ];
  }
  if (!size.complete) {
    return [
      {
        line: 1,
        message: `This ${FORMAT_NAMES[size.format]} picture is damaged: the file ends before the picture does (it was probably not copied or uploaded in full). Save the picture again from the program that opens it, or copy it again from where it came from, and add that instead.`,
      },
    ];
  }
  const tooLarge = sizeProblem(size.width, size.height);
  return tooLarge ? [{ line: 1, message: tooLarge }] : [];
}

/** What is wrong with a picture (or an SVG drawing, at the size it says it is) of this size, if anything. */
function sizeProblem(width: number, height: number, drawing = false): string | undefined {
  const pixels = width * height;
  if (pixels <= MAX_PICTURE_PIXELS && width <= MAX_PICTURE_SIDE && height <= MAX_PICTURE_SIDE) return undefined;
  const millions = pixels > MAX_PICTURE_PIXELS ? ` (${number(pixels / 1_000_000)} million pixels)` : "";
  const instead = drawing
    ? `Give it the width and height it is shown at (such as width="${WIDEST}" with a height in proportion), or save it as a PNG ${number(WIDEST)} pixels wide instead.`
    : SMALLER;
  return `This ${drawing ? "drawing says it" : "picture"} is ${number(width)} × ${number(height)} pixels${millions}, larger than the site can publish. ${LIMITS}. ${instead}`;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function svgProblems(file: string): Array<{ line: number; message: string }> {
  const bytes = readFileSync(file);
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return [
      {
        line: 1,
        message:
          "This SVG file is not UTF-8 text, which is what the site reads drawings as. Export the drawing again from the program that made it, or save it as a PNG instead.",
      },
    ];
  }
  const drawing = readSvg(text);
  if ("message" in drawing) return [drawing];
  const { width, height, drawn } = drawing;
  if (width === undefined || height === undefined || !(width > 0) || !(height > 0)) {
    return [
      {
        line: 1,
        message:
          'This SVG file does not say how large the drawing is, so it cannot be drawn: its <svg> needs a width and a height, or a viewBox (such as viewBox="0 0 800 600"). Export the drawing again from the program that made it, or save it as a PNG instead.',
      },
    ];
  }
  const tooLarge = sizeProblem(width, height, true);
  if (tooLarge) return [{ line: 1, message: tooLarge }];
  // Drawn as wide as the widest file the site makes, however small it says it is.
  if ((height * WIDEST) / width > MAX_PICTURE_SIDE) {
    return [
      {
        line: 1,
        message: `This drawing is ${number(width)} × ${number(height)}: more than ${number(MAX_PICTURE_SIDE / WIDEST)} times as tall as it is wide, so drawn ${number(WIDEST)} pixels wide, as the site draws it, it would be taller than a picture can be (${number(MAX_PICTURE_SIDE)} pixels). Split it into several drawings, or save it as a PNG instead.`,
      },
    ];
  }
  if (drawn > MAX_SVG_ELEMENTS) {
    const shapes = drawn >= 1_000_000_000 ? "more than a billion" : number(drawn);
    return [
      {
        line: 1,
        message: `Drawing this SVG means drawing ${shapes} shapes, counting each copy that <use> (or url(#…)) makes of another part, and the site draws at most ${number(MAX_SVG_ELEMENTS)}. Simplify the drawing, or save it as a PNG ${number(WIDEST)} pixels wide instead.`,
      },
    ];
  }
  const slow = testDrawing(file, bytes);
  return slow ? [{ line: 1, message: slow }] : [];
}

/** Where the drawings that were drawn in time are remembered, by their contents: on this machine, for every build. */
const DRAWN = path.join(tmpdir(), "leicestershire-site-drawn-svgs");

/** sharp (found from here, whatever the working folder), in a process of its own, draws the file given as the site would, at its widest. */
const SHARP = createRequire(import.meta.url).resolve("sharp");
const DRAW = `require(process.argv[2])(process.argv[1], { failOnError: false }).resize({ width: ${WIDEST} }).raw().toBuffer().then(() => process.exit(0), (error) => { process.stderr.write(String(error && error.message)); process.exit(2); });`;

/**
 * Draws the SVG once, in a process that is ended if it takes longer than `seconds`: what is wrong, if it could not
 * be drawn or not in time.
 */
export function testDrawing(file: string, bytes: Buffer, seconds = SVG_DRAWING_SECONDS): string | undefined {
  const marker = path.join(DRAWN, `${createHash("sha256").update(bytes).digest("hex")}-${seconds}`);
  if (existsSync(marker)) return undefined;
  const drawing = spawnSync(process.execPath, ["-e", DRAW, path.resolve(file), SHARP], {
    encoding: "utf8",
    timeout: seconds * 1000,
    killSignal: "SIGKILL",
  });
  if (drawing.error && (drawing.error as NodeJS.ErrnoException).code !== "ETIMEDOUT") return undefined;
  if (drawing.signal || (drawing.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT") {
    return `This SVG file takes more than ${seconds} ${seconds === 1 ? "second" : "seconds"} to draw once, and the site draws each picture twelve times (in three formats, at four widths), which would hold up every build. Simplify the drawing (blurs, shadows, masks and see-through layers over large areas are slow to draw), or save it as a PNG ${number(WIDEST)} pixels wide instead.`;
  }
  if (drawing.status !== 0) {
    const detail = drawing.stderr
      .trim()
      .split("\n")
      .at(-1)
      ?.replace(/^glib: /, "");
    return `This SVG file could not be drawn${detail ? ` (the drawing library said: ${detail})` : ""}. Export the drawing again from the program that made it, or save it as a PNG instead.`;
  }
  try {
    mkdirSync(DRAWN, { recursive: true });
    writeFileSync(marker, "");
  } catch {
    // Not remembered: drawn again by the next build.
  }
  return undefined;
}
