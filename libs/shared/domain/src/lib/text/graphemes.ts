/**
 * Grapheme clusters (what a reader sees as one character: "é" typed as e + ◌́, 👨‍👩‍👧, 🇫🇷) and UTF-8 sizes.
 *
 * Intl.Segmenter is exact but costs about 1.5 µs per character; most post text is plain Latin. Between two
 * "simple" code units (below) Unicode's rules (UAX #29) always put a boundary, so only the runs around the
 * other characters are handed to the segmenter. The result is the same as segmenting the whole text.
 */

// Tab, LF, printable ASCII, Latin-1 and Latin Extended (no combining marks before U+0300), the general
// punctuation block except the joiners (U+200C/U+200D), and €. None of them is Extend, SpacingMark,
// Prepend, ZWJ, a regional indicator or Hangul; CR is left out because CR LF is one cluster.
function isSimpleSlow(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0x2ff) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x202f && code <= 0x205e) ||
    code === 0x20ac
  );
}

// The same set as a regex class, to skip runs of simple units in one native scan.
const NOT_SIMPLE = /[^\t\n\x20-\x7e\xa0-\u02ff\u2010-\u2027\u202f-\u205e\u20ac]/g;

// A lookup table: this test runs for every unit around the other characters.
const SIMPLE_TABLE_SIZE = 0x20ad;
const SIMPLE = new Uint8Array(SIMPLE_TABLE_SIZE);
for (let code = 0; code < SIMPLE_TABLE_SIZE; code++) SIMPLE[code] = isSimpleSlow(code) ? 1 : 0;

function isSimple(code: number): boolean {
  return code < SIMPLE_TABLE_SIZE && SIMPLE[code] === 1;
}

// U+1F000–U+1FAFF (emoji and symbol blocks) minus the regional indicators (flags pair them) and the
// skin-tone modifiers (they extend the previous emoji): none of these joins its neighbours.
function isLoneEmojiPair(text: string, i: number): boolean {
  const code = text.codePointAt(i) ?? 0;
  return code >= 0x1f000 && code <= 0x1faff && !(code >= 0x1f1e6 && code <= 0x1f1ff) && !(code >= 0x1f3fb && code <= 0x1f3ff);
}

function isRegionalIndicator(text: string, i: number): boolean {
  const code = text.codePointAt(i) ?? 0;
  return code >= 0x1f1e6 && code <= 0x1f1ff;
}

function isFlagAt(text: string, i: number): boolean {
  return isRegionalIndicator(text, i) && isRegionalIndicator(text, i + 2);
}

/** A cluster certainly starts at i when the unit before it is self-contained. */
function startsCertainCluster(text: string, i: number): boolean {
  return selfContainedLength(text, i) > 0 || isFlagAt(text, i);
}

let segmenter: Intl.Segmenter | null = null;

/**
 * The clusters of a complex window. Browsers without Intl.Segmenter (Firefox before 125) fall back to
 * code points: a slight overcount in the composer, never in the API (Node has it), which decides.
 */
function segmentWindow(window: string): Iterable<{ index: number; segment: string }> {
  if (typeof Intl.Segmenter !== 'function') {
    const points: { index: number; segment: string }[] = [];
    let index = 0;
    for (const segment of window) {
      points.push({ index, segment });
      index += segment.length;
    }
    return points;
  }
  segmenter ??= new Intl.Segmenter('fr', { granularity: 'grapheme' });
  return segmenter.segment(window);
}

/**
 * Code units at `i` that form a cluster on their own whatever surrounds them (1 for a simple unit, 2 for a
 * lone pictograph), or 0. Between two such units a boundary is certain.
 */
function selfContainedLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (isSimple(code)) return 1;
  return code >= 0xd800 && code <= 0xdbff && isLoneEmojiPair(text, i) ? 2 : 0;
}

export interface GraphemeClusters {
  /** Cluster starts followed by text.length: cluster i is `text.slice(b[i], b[i + 1])`. */
  boundaries: number[];
  /** Indices of the clusters that are not one simple code unit (emoji, flags, marks…), in order. */
  complex: number[];
}

/** The grapheme clusters of a text, noting which ones are more than one plain character. */
export function graphemeClusters(text: string): GraphemeClusters {
  const length = text.length;
  // Preallocated (a text has at most one cluster per unit) and cut to size: 5× faster than push.
  const boundaries = new Array<number>(length + 1);
  const complex: number[] = [];
  let count = 0;
  let i = 0;
  while (i < length) {
    // Runs of simple units are clusters of one: jump to the next other unit with one regex scan; the
    // unit just before it is left to the general step (a mark may attach to it).
    NOT_SIMPLE.lastIndex = i;
    const next = NOT_SIMPLE.exec(text)?.index ?? length;
    const plainEnd = next < length ? next - 1 : length;
    for (; i < plainEnd; i++) boundaries[count++] = i;
    if (i >= length) break;
    const unit = selfContainedLength(text, i);
    if (unit > 0 && (i + unit >= length || startsCertainCluster(text, i + unit))) {
      if (unit > 1) complex.push(count);
      boundaries[count++] = i;
      i += unit;
      continue;
    }
    // A flag: two regional indicators (a run of them pairs up from its start, and i starts it).
    if (isFlagAt(text, i) && (i + 4 >= length || startsCertainCluster(text, i + 4))) {
      complex.push(count);
      boundaries[count++] = i;
      i += 4;
      continue;
    }
    // A complex window, from here (a base the next mark may attach to) up to the first pair of
    // self-contained units, between which a boundary is certain.
    let end = i;
    let previousContained = false;
    while (end < length) {
      const size = selfContainedLength(text, end);
      if (size > 0 && previousContained) break;
      previousContained = size > 0;
      end += size || 1;
    }
    for (const { index, segment } of segmentWindow(text.slice(i, end))) {
      if (segment.length > 1 || !isSimple(segment.charCodeAt(0))) complex.push(count);
      boundaries[count++] = i + index;
    }
    i = end;
  }
  boundaries[count++] = length;
  boundaries.length = count;
  return { boundaries, complex };
}

/**
 * The UTF-16 offsets where each grapheme cluster starts, followed by `text.length`:
 * cluster i is `text.slice(b[i], b[i + 1])`, and the count is `b.length - 1`.
 */
export function graphemeBoundaries(text: string): number[] {
  return graphemeClusters(text).boundaries;
}

export function countGraphemes(text: string): number {
  return graphemeBoundaries(text).length - 1;
}

/** UTF-8 size of the UTF-16 code units [start, end) (a lone surrogate counts 3, as TextEncoder's U+FFFD). */
export function utf8Length(text: string, start = 0, end = text.length): number {
  let bytes = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
