/** How deep a JSON body may nest: the top level counts as 1 (PRODUCT.md "Bodies"). */
export const MAX_JSON_DEPTH = 32;

interface Frame {
  array: boolean;
  /** Arrays: the index of the current item. */
  index: number;
  /** Objects: where the current key's raw string token starts and ends (quotes included). */
  keyStart: number;
  keyEnd: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;

/**
 * Where JSON text first nests deeper than `maxDepth`: the keys and indexes leading to the
 * container that is one level too deep, or `undefined` if it never is. One pass over the text
 * with an explicit stack (no recursion), stopping at the first container too deep, so a body of
 * any size and nesting costs at most one read of it. It does not validate the JSON; `JSON.parse`
 * does that afterwards, on text known to be shallow enough for a recursive walk.
 */
export function tooDeepAt(text: string, maxDepth = MAX_JSON_DEPTH): string[] | undefined {
  const frames: Frame[] = [];
  let stringStart = -1;
  let stringEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      stringStart = i;
      i = closingQuote(text, i);
      stringEnd = i + 1;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      if (frames.length >= maxDepth) return pathOf(text, frames);
      frames.push({ array: code === OPEN_ARRAY, index: 0, keyStart: -1, keyEnd: -1 });
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      frames.pop();
    } else if (code === COLON) {
      const top = frames.at(-1);
      if (top && !top.array) {
        top.keyStart = stringStart;
        top.keyEnd = stringEnd;
      }
    } else if (code === COMMA) {
      const top = frames.at(-1);
      if (top?.array) top.index++;
    }
  }
  return undefined;
}

/** The index of the quote closing the string that opens at `open` (or the end of the text). */
function closingQuote(text: string, open: number): number {
  for (let at = text.indexOf('"', open + 1); at >= 0; at = text.indexOf('"', at + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return text.length;
}

function pathOf(text: string, frames: Frame[]): string[] {
  return frames.map((frame) => (frame.array ? String(frame.index) : keyOf(text, frame)));
}

function keyOf(text: string, frame: Frame): string {
  if (frame.keyStart < 0) return '?';
  const raw = text.slice(frame.keyStart, frame.keyEnd);
  try {
    const key: unknown = JSON.parse(raw);
    return typeof key === 'string' ? key : raw;
  } catch {
    return raw;
  }
}
