import { deflateSync } from "node:zlib";

/*
 * Pictures made by the tests that need them, as large as they need, rather than files kept in the repository.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/**
 * A valid, black PNG of any size, one bit a pixel: 20,000 × 20,000 pixels is under 50 KB, and made in a fifth of a
 * second, where sharp takes seconds to make one.
 */
export function blankPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.alloc(height * (1 + Math.ceil(width / 8)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** An SVG of a few kilobytes that draws `fan` copies of `fan` copies of … a rectangle, `depth` deep. */
export function useBomb(fan: number, depth: number): string {
  const levels = [`<rect id="l0" width="800" height="600" fill="#39c"/>`];
  for (let level = 1; level < depth; level++)
    levels.push(`<g id="l${level}">${`<use xlink:href="#l${level - 1}"/>`.repeat(fan)}</g>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="800" height="600"><defs>${levels.join("")}</defs><use xlink:href="#l${depth - 1}"/></svg>\n`;
}
