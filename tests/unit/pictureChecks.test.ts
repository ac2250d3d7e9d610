import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import sharp from "sharp";
import { imageFileProblems, testDrawing } from "../../eleventy/features/images/imageFileProblems.ts";
import { pictureSizeOf } from "../../eleventy/features/images/pictureSize.ts";
import { readSvg } from "../../eleventy/features/images/svgDrawing.ts";
import { blankPng, useBomb } from "./pictures.ts";

const scratch = mkdtempSync(path.join(tmpdir(), "pictures-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** The problems of a picture file with these bytes, as "line: message". */
function problems(name: string, bytes: Buffer | string): string[] {
  const file = path.join(scratch, name);
  writeFileSync(file, bytes);
  return imageFileProblems(file).map(({ line, message }) => `${line}: ${message}`);
}

describe("a picture's size is read from its header, without decoding it", () => {
  test("PNG, JPEG, GIF, WebP and AVIF, as sharp itself reads them", async () => {
    const picture = sharp({ create: { width: 1234, height: 567, channels: 4, background: "#3366aa80" } });
    for (const format of ["png", "jpeg", "gif", "webp", "avif"] as const) {
      const bytes = await picture.clone().toFormat(format).toBuffer();
      assert.deepEqual(pictureSizeOf(bytes), { format, width: 1234, height: 567, complete: true }, format);
      // Cut short, as a copy or upload that did not finish (a JPEG is still decoded, so is not looked at).
      if (format !== "jpeg") assert.equal(pictureSizeOf(bytes.subarray(0, bytes.length - 20))?.complete, false, format);
    }
  });

  test("an iPhone's HEIC photo is told from an AVIF; text is no picture", () => {
    const ftyp = Buffer.alloc(24);
    ftyp.writeUInt32BE(24, 0);
    ftyp.write("ftypheic\0\0\0\0mif1heic", 4, "latin1");
    assert.equal(pictureSizeOf(Buffer.concat([ftyp, ispe(4032, 3024)]))?.format, "heic");
    assert.equal(pictureSizeOf(Buffer.from("<svg/>")), undefined);
  });
});

describe("a picture the site cannot publish is refused before the build decodes it, naming the largest allowed", () => {
  test("20,000 × 20,000 pixels, under 50 KB as a PNG", () => {
    const started = performance.now();
    assert.deepEqual(problems("huge.png", blankPng(20000, 20000)), [
      "1: This picture is 20,000 × 20,000 pixels (400 million pixels), larger than the site can publish. The site takes pictures of up to 50 million pixels (such as 8,000 × 6,000) and 16,000 pixels on a side. Save a copy 1,600 pixels wide (the widest the site shows a picture) and use that instead.",
    ]);
    // Most of it is making the file; reading its size takes microseconds.
    assert.ok(performance.now() - started < 5000);
  });

  test("16,000 × 16,000 pixels, which the build took 22 s and 861 MB to make into the site's files, is refused too", () => {
    assert.match(
      problems("big.png", blankPng(16000, 16000))[0]!,
      /^1: This picture is 16,000 × 16,000 pixels \(256 million pixels\)/,
    );
  });

  test("a phone's 48-million-pixel photo passes; so does a panorama within 16,000 pixels", () => {
    assert.deepEqual(problems("phone.png", blankPng(8000, 6000)), []);
    assert.deepEqual(problems("panorama.png", blankPng(16000, 3000)), []);
    assert.match(problems("strip.png", blankPng(17000, 100))[0]!, /^1: This picture is 17,000 × 100 pixels, larger than/);
  });

  test("a file that is not the picture its name says, or is cut short", () => {
    assert.deepEqual(problems("photo.jpg", "not a picture"), [
      "1: This file is named .jpg but is not a JPEG picture, nor a picture of any kind the site can read (it may be damaged, or another kind of file renamed). Save the picture again as a JPEG or PNG, from the program that opens it, and add that instead.",
    ]);
    const png = blankPng(300, 200);
    assert.deepEqual(problems("cut.png", png.subarray(0, png.length - 12)), [
      "1: This PNG picture is damaged: the file ends before the picture does (it was probably not copied or uploaded in full). Save the picture again from the program that opens it, or copy it again from where it came from, and add that instead.",
    ]);
  });
});

describe("an SVG is read as XML, its size and its shapes counted, before anything draws it", () => {
  test("one that is not well-formed is named with its line, not crashed on", () => {
    assert.deepEqual(
      problems(
        "unclosed.svg",
        '<svg xmlns="http://www.w3.org/2000/svg">\n  <g>\n    <rect width="10" height="10">\n  </g>\n</svg>\n',
      ),
      [
        "4: This SVG file is not a drawing the site can read: its <rect> on line 3 is not closed before </g>. Export the drawing again from the program that made it, or save it as a PNG instead.",
      ],
    );
    for (const [svg, said] of [
      [
        "<svg>\n<text>Fish & chips</text></svg>",
        "2: .*a & that does not start a character's name \\(write &amp; for the & itself\\)",
      ],
      ["<svg><rect width=10/></svg>", "1: .*the value of width in <rect> is not in quotes"],
      ["<svg/>\n<svg/>", "2: .*there is a second drawing, <svg>, after the first one's closing </svg>"],
      ["<html/>", "1: .*its first element is <html>, not <svg>"],
      ['<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY lol "lol">]>\n<svg/>', "2: .*it declares entities of its own"],
      ['<svg>\n<g id="a"><use href="#a"/></g></svg>', "2: .*its <g> on line 2 is drawn inside a copy of itself"],
    ] as const) {
      assert.match(problems("wrong.svg", svg)[0]!, new RegExp(`^${said}`), svg);
    }
  });

  test("a <use> bomb is refused in milliseconds (librsvg gave up after 38 s)", () => {
    const started = performance.now();
    assert.deepEqual(problems("bomb.svg", useBomb(10, 10)), [
      "1: Drawing this SVG means drawing more than a billion shapes, counting each copy that <use> (or url(#…)) makes of another part, and the site draws at most 10,000. Simplify the drawing, or save it as a PNG 1,600 pixels wide instead.",
    ]);
    assert.ok(performance.now() - started < 1000);
    // The <svg>, its <defs>, the rectangle, a group of 10 copies of it (21), a group of 10 copies of that group (221),
    // and the <use> that draws the last group (222).
    assert.deepEqual(readSvg(useBomb(10, 3)), { width: 800, height: 600, drawn: 467 });
  });

  test("one that says it is larger than a picture may be, or too tall to draw as wide as the site does", () => {
    assert.match(
      problems("wide.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="100000"/>')[0]!,
      /^1: This drawing says it is 100,000 × 100,000 pixels \(10,000 million pixels\), larger than the site can publish\..* Give it the width and height it is shown at \(such as width="1600" with a height in proportion\), or save it as a PNG 1,600 pixels wide instead\.$/,
    );
    assert.match(
      problems("tall.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 200"/>')[0]!,
      /^1: This drawing is 10 × 200: more than 10 times as tall as it is wide/,
    );
    // With no size at all, sharp says only "svgload: bad dimensions".
    assert.deepEqual(problems("sizeless.svg", '<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>'), [
      '1: This SVG file does not say how large the drawing is, so it cannot be drawn: its <svg> needs a width and a height, or a viewBox (such as viewBox="0 0 800 600"). Export the drawing again from the program that made it, or save it as a PNG instead.',
    ]);
  });

  test("a well-formed drawing that is slow to draw is refused once its test drawing runs out of time", () => {
    const blur = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><defs><filter id="b"><feGaussianBlur stdDeviation="50"/></filter></defs>${'<rect width="800" height="600" fill="#39c" filter="url(#b)"/>'.repeat(200)}</svg>`;
    const file = path.join(scratch, "slow.svg");
    writeFileSync(file, blur);
    // A time limit a hundred times shorter than the build's, for the test to be quick.
    assert.match(
      testDrawing(file, Buffer.from(blur), 0.05)!,
      /^This SVG file takes more than 0\.05 seconds to draw once, and the site draws each picture twelve times/,
    );
  });
});

/** An ISO base media `ispe` box (an image's size) inside meta/iprp/ipco, as an AVIF or HEIC file holds it. */
function ispe(width: number, height: number): Buffer {
  const box = (type: string, body: Buffer) => {
    const header = Buffer.alloc(8);
    header.writeUInt32BE(8 + body.length, 0);
    header.write(type, 4, "latin1");
    return Buffer.concat([header, body]);
  };
  const size = Buffer.alloc(12);
  size.writeUInt32BE(width, 4);
  size.writeUInt32BE(height, 8);
  return box("meta", Buffer.concat([Buffer.alloc(4), box("iprp", box("ipco", box("ispe", size)))]));
}
