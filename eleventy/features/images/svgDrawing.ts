/*
 * An SVG drawing read as the XML it must be, in one pass over its text, before any library draws it: whether it is
 * well-formed (librsvg, which draws SVGs for sharp, gives up on the first mistake with "glib: XML parse error",
 * and the build crashed with a stack trace and no file name), whether it declares entities (an XML "billion
 * laughs"), how large it says it is, and how many shapes drawing it means, counting the copies that <use> and
 * url(#…) make of other parts (a <use> bomb of a few kilobytes is billions of shapes: librsvg gave up after 38
 * seconds). Every step is linear in the file's length.
 */

/** What is wrong, on the drawing's line (from 1). */
export interface SvgMistake {
  line: number;
  message: string;
}

export interface SvgDrawing {
  /** The size it says it is drawn at, in CSS pixels, when it says (width and height, or its viewBox). */
  width?: number;
  height?: number;
  /** Its elements, each counted again for every copy made of it: what drawing it means. */
  drawn: number;
}

/** Where to stop counting the copies: the count only needs to be known up to the largest allowed. */
const COUNT_UP_TO = 1_000_000_000;

interface Element {
  name: string;
  line: number;
  children: number[];
  /** The ids it draws a copy of: <use href="#id">, fill="url(#id)" and the like. */
  copies: string[];
}

const NAME = /[A-Za-z_:\u00C0-\uFFFF][-A-Za-z0-9_:.\u00B7\u00C0-\uFFFF]*/y;
const SPACE = /[ \t\r\n]*/y;
const REFERENCE = /&(?:#[0-9]+|#x[0-9a-fA-F]+|([A-Za-z_][-A-Za-z0-9_.]*));/y;
/** The five entities XML knows without a declaration. */
const PREDEFINED = new Set(["amp", "lt", "gt", "quot", "apos"]);
const URL_REFERENCE = /url\(\s*['"]?#([^'")\s]+)/g;

const AGAIN = "Export the drawing again from the program that made it, or save it as a PNG instead.";

/** The drawing, or its first mistake. */
export function readSvg(text: string): SvgDrawing | SvgMistake {
  // Lines are counted on from the last offset asked about, which moves forward as the text is read: once over the text.
  let counted = { offset: 0, line: 1 };
  const lineAt = (offset: number) => {
    if (offset < counted.offset) counted = { offset: 0, line: 1 };
    let line = counted.line;
    for (let at = text.indexOf("\n", counted.offset); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) line++;
    counted = { offset, line };
    return line;
  };
  // The next & at or after an offset, found once however many stretches of text and values are checked for one.
  let nextAmpersand = -2;
  const ampersandFrom = (offset: number) => {
    if (nextAmpersand !== -1 && nextAmpersand < offset) nextAmpersand = text.indexOf("&", offset);
    return nextAmpersand;
  };
  const mistake = (offset: number, message: string): SvgMistake => ({
    line: lineAt(offset),
    message: `This SVG file is not a drawing the site can read: ${message}. ${AGAIN}`,
  });
  const at = (pattern: RegExp, offset: number) => {
    pattern.lastIndex = offset;
    return pattern.exec(text)?.[0];
  };

  const elements: Element[] = [];
  const ids = new Map<string, number>();
  const open: number[] = [];
  let rootAttributes: Map<string, string> | undefined;
  let index = text.startsWith("\uFEFF") ? 1 : 0;

  /** The problem with the character references of a stretch of text or an attribute's value, if any. */
  const referenceMistake = (from: number, to: number): SvgMistake | undefined => {
    for (let amp = ampersandFrom(from); amp !== -1 && amp < to; amp = ampersandFrom(amp + 1)) {
      REFERENCE.lastIndex = amp;
      const reference = REFERENCE.exec(text);
      if (!reference || reference.index + reference[0].length > to) {
        return mistake(amp, "a & that does not start a character's name (write &amp; for the & itself)");
      }
      if (reference[1] !== undefined && !PREDEFINED.has(reference[1])) {
        return mistake(amp, `&${reference[1]}; is not a character XML knows (write &amp; for a & in words)`);
      }
    }
    return undefined;
  };

  while (index < text.length) {
    const lt = text.indexOf("<", index);
    const textEnd = lt === -1 ? text.length : lt;
    if (!open.length && text.slice(index, textEnd).trim() !== "") {
      return mistake(
        index,
        rootAttributes ? "there is text after the drawing's closing </svg>" : "there is text before the drawing's <svg>",
      );
    }
    const wrongReference = referenceMistake(index, textEnd);
    if (wrongReference) return wrongReference;
    if (lt === -1) break;

    const skipTo = (closing: string, what: string): number | SvgMistake => {
      const end = text.indexOf(closing, lt);
      return end === -1 ? mistake(lt, `${what} is not closed with ${closing}`) : end + closing.length;
    };
    let next: number | SvgMistake;
    if (text.startsWith("<!--", lt)) next = skipTo("-->", "a comment (<!--)");
    else if (text.startsWith("<![CDATA[", lt)) next = skipTo("]]>", "a <![CDATA[ section");
    else if (text.startsWith("<?", lt)) next = skipTo("?>", "a declaration (<?)");
    else if (text.startsWith("<!", lt)) next = declaration(lt);
    else if (text[lt + 1] === "/") next = closingTag(lt);
    else next = startTag(lt);
    if (typeof next !== "number") return next;
    index = next;
  }
  if (open.length) {
    const unclosed = elements[open.at(-1)!]!;
    return {
      line: unclosed.line,
      message: `This SVG file is not a drawing the site can read: its <${unclosed.name}> on line ${unclosed.line} is not closed before the file ends. ${AGAIN}`,
    };
  }
  if (!rootAttributes) return mistake(0, "it has no <svg> element");

  const size = drawnSize(rootAttributes);
  const drawn = countDrawn(elements, ids);
  if (typeof drawn !== "number") return drawn;
  return { ...size, drawn };

  /** <!DOCTYPE …>: allowed, but not with declarations of its own ([ … ]), which is where entities are declared. */
  function declaration(lt: number): number | SvgMistake {
    let quote: string | undefined;
    for (let offset = lt + 2; offset < text.length; offset++) {
      const character = text[offset]!;
      if (quote) {
        if (character === quote) quote = undefined;
      } else if (character === '"' || character === "'") quote = character;
      else if (character === "[") {
        return mistake(
          offset,
          "it declares entities of its own (<!DOCTYPE … [ <!ENTITY …> ]>), which can make a small file expand to gigabytes",
        );
      } else if (character === ">") return offset + 1;
    }
    return mistake(lt, "its <!DOCTYPE is not closed with >");
  }

  function closingTag(lt: number): number | SvgMistake {
    const name = at(NAME, lt + 2);
    if (!name) return mistake(lt, "a </ that does not close an element");
    const after = lt + 2 + name.length + at(SPACE, lt + 2 + name.length)!.length;
    if (text[after] !== ">") return mistake(after, `the closing </${name} is not ended with >`);
    const top = open.at(-1);
    if (top === undefined) return mistake(lt, `</${name}> closes an element that is not open`);
    if (elements[top]!.name !== name) {
      const unclosed = elements[top]!;
      return mistake(lt, `its <${unclosed.name}> on line ${unclosed.line} is not closed before </${name}>`);
    }
    open.pop();
    return after + 1;
  }

  function startTag(lt: number): number | SvgMistake {
    const name = at(NAME, lt + 1);
    if (!name) return mistake(lt, "a < that does not start an element (write &lt; for a < in words)");
    if (!open.length && rootAttributes)
      return mistake(lt, `there is a second drawing, <${name}>, after the first one's closing </svg>`);
    const attributes = new Map<string, string>();
    // A < inside a value is a mistake: the first < after this one is either in a value or after the tag.
    const nextLessThan = text.indexOf("<", lt + 1);
    let offset = lt + 1 + name.length;
    for (;;) {
      const spaces = at(SPACE, offset)!.length;
      offset += spaces;
      if (offset >= text.length) return mistake(lt, `the <${name}> element's tag is not closed with >`);
      const selfClosing = text.startsWith("/>", offset);
      if (selfClosing || text[offset] === ">") {
        const element = elements.push({ name, line: lineAt(lt), children: [], copies: copiesOf(attributes) }) - 1;
        const parent = open.at(-1);
        if (parent !== undefined) elements[parent]!.children.push(element);
        else if (localName(name) !== "svg") return mistake(lt, `its first element is <${name}>, not <svg>`);
        else rootAttributes = attributes;
        const id = attributes.get("id");
        if (id !== undefined && !ids.has(id)) ids.set(id, element);
        if (!selfClosing) open.push(element);
        return offset + (selfClosing ? 2 : 1);
      }
      const attribute = at(NAME, offset);
      if (!attribute || !spaces)
        return mistake(offset, `the <${name}> element's tag has a character that is not part of an attribute (name="value")`);
      offset += attribute.length;
      offset += at(SPACE, offset)!.length;
      if (text[offset] !== "=")
        return mistake(offset, `the attribute ${attribute} of <${name}> has no value (write ${attribute}="…")`);
      offset += 1 + at(SPACE, offset + 1)!.length;
      const quote = text[offset];
      if (quote !== '"' && quote !== "'") return mistake(offset, `the value of ${attribute} in <${name}> is not in quotes`);
      const end = text.indexOf(quote, offset + 1);
      if (end === -1) return mistake(offset, `the value of ${attribute} in <${name}> has no closing quote`);
      if (nextLessThan !== -1 && nextLessThan < end)
        return mistake(nextLessThan, `the value of ${attribute} in <${name}> has a < in it (write &lt;)`);
      const wrongReference = referenceMistake(offset + 1, end);
      if (wrongReference) return wrongReference;
      if (attributes.has(attribute)) return mistake(offset, `the <${name}> element has ${attribute} twice`);
      attributes.set(attribute, text.slice(offset + 1, end));
      offset = end + 1;
    }
  }
}

function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** The ids an element draws a copy of: <use href="#a">, and url(#a) in any attribute (fill, filter, mask, style…). */
function copiesOf(attributes: Map<string, string>): string[] {
  const copies: string[] = [];
  for (const [name, value] of attributes) {
    if ((name === "href" || name === "xlink:href") && value.startsWith("#")) copies.push(value.slice(1));
    for (const match of value.matchAll(URL_REFERENCE)) copies.push(match[1]!);
  }
  return copies;
}

/**
 * How many elements drawing the file means: each element once, and again for every copy of it made elsewhere (and
 * the copies inside copies). Worked out once an element, from the innermost out, so a bomb of copies of copies is
 * counted in time linear in the file; a part that is a copy of itself is a mistake, which librsvg refuses too.
 */
function countDrawn(elements: Element[], ids: Map<string, number>): number | SvgMistake {
  const counted = new Array<number | undefined>(elements.length);
  const state = new Uint8Array(elements.length); // 0: not seen, 1: being counted, 2: counted
  const parts = (element: number) => {
    const { children, copies } = elements[element]!;
    return [...children, ...copies.flatMap((id) => (ids.has(id) ? [ids.get(id)!] : []))];
  };
  for (let start = 0; start < elements.length; start++) {
    if (state[start]) continue;
    // Depth first without recursion, so that an element nested 100,000 deep does not overflow the stack.
    const stack: Array<{ element: number; parts: number[]; next: number }> = [{ element: start, parts: parts(start), next: 0 }];
    state[start] = 1;
    while (stack.length) {
      const frame = stack.at(-1)!;
      const children = frame.parts;
      if (frame.next < children.length) {
        const child = children[frame.next++]!;
        if (state[child] === 1) {
          const element = elements[child]!;
          return {
            line: element.line,
            message: `This SVG file is not a drawing the site can read: its <${element.name}> on line ${element.line} is drawn inside a copy of itself, so it would be drawn for ever. ${AGAIN}`,
          };
        }
        if (state[child] === 0) {
          state[child] = 1;
          stack.push({ element: child, parts: parts(child), next: 0 });
        }
        continue;
      }
      let total = 1;
      for (const child of children) total = Math.min(COUNT_UP_TO, total + counted[child]!);
      counted[frame.element] = total;
      state[frame.element] = 2;
      stack.pop();
    }
  }
  return counted[0] ?? 0;
}

/** CSS pixels in one of each unit, at 96 to the inch (a little more than librsvg's 72: the larger, to be safe). */
const UNIT_PIXELS: Record<string, number> = {
  "": 1,
  px: 1,
  pt: 96 / 72,
  pc: 16,
  mm: 96 / 25.4,
  cm: 96 / 2.54,
  in: 96,
  em: 16,
  ex: 8,
};

/** The width and height it says it is: from its width and height, or its viewBox where they are missing or in %. */
function drawnSize(attributes: Map<string, string>): { width?: number; height?: number } {
  const box = attributes
    .get("viewBox")
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  const fromBox = box?.length === 4 && box.every(Number.isFinite) ? { width: box[2]!, height: box[3]! } : undefined;
  const length = (name: "width" | "height") => {
    const written = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(px|pt|pc|mm|cm|in|em|ex)?\s*$/i.exec(
      attributes.get(name) ?? "",
    );
    return written ? Number(written[1]) * UNIT_PIXELS[(written[2] ?? "").toLowerCase()]! : fromBox?.[name];
  };
  const width = length("width");
  const height = length("height");
  return { ...(width === undefined ? {} : { width }), ...(height === undefined ? {} : { height }) };
}
