import { closeSync, fstatSync, openSync, readSync } from "node:fs";

/*
 * A picture's size in pixels, read from its header alone: the few bytes at the start of a PNG, GIF or WebP, the
 * segments of a JPEG up to its frame header, the boxes of an AVIF up to its image's size. Nothing is decoded, so a
 * picture too large to decode (a 20,000 × 20,000 PNG compresses to under a megabyte) is refused before any decoder
 * sees it, in microseconds, and synchronously, as the content check before the build is. sharp's metadata() reads
 * only the header too, but is asynchronous, and hands the file to libvips; this reads a few kilobytes with Node.
 */

export type PictureFormat = "png" | "jpeg" | "gif" | "webp" | "avif" | "heic";

export interface PictureSize {
  format: PictureFormat;
  width: number;
  height: number;
  /**
   * False when the file ends before the picture does (a copy or upload cut short), as far as its last bytes tell:
   * a PNG's closing IEND chunk, a GIF's trailer, a WebP's or AVIF's stated length. A JPEG cut short is still decoded
   * (grey where it ends), and one may carry more after its end (a phone's "motion photo"), so it is not looked at.
   */
  complete: boolean;
}

/** Reads `length` bytes at `offset` (fewer at the end of the file). */
type Reader = (offset: number, length: number) => Buffer;

type Size = Omit<PictureSize, "complete">;

/** What the file's bytes are, with its size; undefined when they are not a picture in a format this knows. */
export function pictureSize(file: string): PictureSize | undefined {
  const fd = openSync(file, "r");
  try {
    const read: Reader = (offset, length) => {
      const buffer = Buffer.alloc(length);
      return buffer.subarray(0, readSync(fd, buffer, 0, length, offset));
    };
    return withCompleteness(sizeFrom(read), read, fstatSync(fd).size);
  } finally {
    closeSync(fd);
  }
}

/** The same, from bytes in memory. */
export function pictureSizeOf(bytes: Buffer): PictureSize | undefined {
  const read: Reader = (offset, length) => bytes.subarray(offset, offset + length);
  return withCompleteness(sizeFrom(read), read, bytes.length);
}

function withCompleteness(size: Size | undefined, read: Reader, length: number): PictureSize | undefined {
  return size && { ...size, complete: isComplete(size.format, read, length) };
}

/** Whether the file's last bytes are the picture's end (see PictureSize.complete). */
function isComplete(format: PictureFormat, read: Reader, length: number): boolean {
  const tail = read(Math.max(0, length - 1024), 1024);
  if (format === "png") return tail.includes("IEND", 0, "latin1");
  if (format === "gif") return tail.subarray(-16).includes(0x3b);
  if (format === "webp") return read(4, 4).readUInt32LE(0) + 8 <= length;
  if (format === "avif" || format === "heic") return boxesEndBy(read, length);
  return true;
}

/** Whether every top-level box of an ISO base media file ends within the file. */
function boxesEndBy(read: Reader, length: number): boolean {
  let offset = 0;
  for (let boxes = 0; offset < length && boxes < 10_000; boxes++) {
    const header = read(offset, 16);
    if (header.length < 8) return false;
    let size = header.readUInt32BE(0);
    if (size === 1) size = header.length < 16 ? 0 : Number(header.readBigUInt64BE(8));
    else if (size === 0) return true;
    if (size < 8) return false;
    offset += size;
  }
  return offset <= length;
}

function sizeFrom(read: Reader): Size | undefined {
  const head = read(0, 32);
  if (head.length >= 24 && head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return { format: "png", width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
  }
  if (head.length >= 10 && /^GIF8[79]a$/.test(head.toString("latin1", 0, 6))) {
    return { format: "gif", width: head.readUInt16LE(6), height: head.readUInt16LE(8) };
  }
  if (head.length >= 30 && head.toString("latin1", 0, 4) === "RIFF" && head.toString("latin1", 8, 12) === "WEBP") {
    return webpSize(head);
  }
  if (head.length >= 4 && head[0] === 0xff && head[1] === 0xd8) return jpegSize(read);
  if (head.length >= 12 && head.toString("latin1", 4, 8) === "ftyp") return isoSize(read);
  return undefined;
}

function webpSize(head: Buffer): Size | undefined {
  const chunk = head.toString("latin1", 12, 16);
  if (chunk === "VP8 ") return { format: "webp", width: head.readUInt16LE(26) & 0x3fff, height: head.readUInt16LE(28) & 0x3fff };
  if (chunk === "VP8L") {
    const bits = head.readUInt32LE(21);
    return { format: "webp", width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === "VP8X") return { format: "webp", width: head.readUIntLE(24, 3) + 1, height: head.readUIntLE(27, 3) + 1 };
  return undefined;
}

/** Start-of-frame markers, which carry the size: C0–CF but for C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding). */
const START_OF_FRAME = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** A JPEG's segments, each skipped by its length, up to its frame header: a few reads, however large its EXIF. */
function jpegSize(read: Reader): Size | undefined {
  let offset = 2;
  for (let segments = 0; segments < 1000; segments++) {
    const marker = read(offset, 9);
    if (marker.length < 4 || marker[0] !== 0xff) return undefined;
    const type = marker[1]!;
    // Fill bytes, and markers that stand alone (RST0–7, TEM): no length follows.
    if (type === 0xff) {
      offset += 1;
      continue;
    }
    if ((type >= 0xd0 && type <= 0xd7) || type === 0x01) {
      offset += 2;
      continue;
    }
    if (START_OF_FRAME.has(type)) {
      if (marker.length < 9) return undefined;
      return { format: "jpeg", height: marker.readUInt16BE(5), width: marker.readUInt16BE(7) };
    }
    // The start of the image data, or its end, before any frame header: not a picture.
    if (type === 0xda || type === 0xd9) return undefined;
    offset += 2 + marker.readUInt16BE(2);
  }
  return undefined;
}

/** ISO base media file boxes that hold others, on the way to an image's `ispe` (its size). */
const CONTAINERS = new Set(["meta", "iprp", "ipco"]);

/**
 * An AVIF (or HEIC, which is the same container) picture's size: the largest `ispe` box of its item properties.
 * A picture made of tiles (a grid) has one for the whole and one for each tile: the largest is the whole.
 */
function isoSize(read: Reader): Size | undefined {
  const ftyp = read(0, 64);
  const brands = ftyp.toString("latin1", 8, Math.min(ftyp.readUInt32BE(0), ftyp.length));
  const format: PictureFormat = /avi[fs]/.test(brands) ? "avif" : /hei[cx]|hev[cx]|mif1|msf1/.test(brands) ? "heic" : "avif";
  if (!/avi[fs]|hei[cx]|hev[cx]|mif1|msf1/.test(brands)) return undefined;
  let width = 0;
  let height = 0;
  let boxes = 0;
  const walk = (start: number, end: number) => {
    let offset = start;
    while (offset + 8 <= end && boxes++ < 10_000) {
      const header = read(offset, 16);
      if (header.length < 8) return;
      let size = header.readUInt32BE(0);
      const type = header.toString("latin1", 4, 8);
      let body = offset + 8;
      if (size === 1) {
        if (header.length < 16) return;
        size = Number(header.readBigUInt64BE(8));
        body = offset + 16;
      } else if (size === 0) size = end - offset;
      if (size < body - offset) return;
      if (type === "ispe") {
        const ispe = read(body, 12);
        if (ispe.length === 12) {
          width = Math.max(width, ispe.readUInt32BE(4));
          height = Math.max(height, ispe.readUInt32BE(8));
        }
      } else if (CONTAINERS.has(type)) {
        // meta is a "full box": a version and flags come before the boxes it holds.
        walk(type === "meta" ? body + 4 : body, Math.min(end, offset + size));
      }
      offset += size;
    }
  };
  walk(0, Number.MAX_SAFE_INTEGER);
  return width && height ? { format, width, height } : undefined;
}
