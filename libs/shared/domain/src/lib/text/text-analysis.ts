import { detectEntities, type TextEntity } from './entities';
import { graphemeClusters } from './graphemes';

/** What every rule needs to know about one text, computed once and shared by the channels using it. */
export interface TextAnalysis {
  text: string;
  /** Grapheme starts followed by text.length (see graphemeBoundaries). */
  boundaries: readonly number[];
  /** Indices of the clusters that are more than one plain character (where emoji can be). */
  complexClusters: readonly number[];
  entities: readonly TextEntity[];
  /** The text is already in NFC (what publishing sends): byte and weight counts can read it as is. */
  isNfc: boolean;
}

export function analyzeText(text: string): TextAnalysis {
  const { boundaries, complex } = graphemeClusters(text);
  return { text, boundaries, complexClusters: complex, entities: detectEntities(text), isNfc: text === text.normalize('NFC') };
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

function indexOfBoundary(boundaries: readonly number[], offset: number): number {
  let low = 0;
  let high = boundaries.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (boundaries[middle] === offset) return middle;
    if (boundaries[middle] < offset) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * The analysis of `prefix + text.slice(start, end) + suffix` derived from the whole text's, without
 * scanning again (a thread split measures dozens of candidate parts). Exact when the range starts and
 * ends on cluster boundaries and the decorations are plain ASCII ("1/3 "); otherwise analysed afresh.
 */
export function sliceAnalysis(analysis: TextAnalysis, start: number, end: number, prefix = '', suffix = ''): TextAnalysis {
  const first = indexOfBoundary(analysis.boundaries, start);
  const last = indexOfBoundary(analysis.boundaries, end);
  const text = prefix + analysis.text.slice(start, end) + suffix;
  if (first < 0 || last < 0 || !PLAIN_ASCII.test(prefix) || !PLAIN_ASCII.test(suffix)) return analyzeText(text);
  const shift = prefix.length - start;
  const boundaries: number[] = [];
  for (let i = 0; i < prefix.length; i++) boundaries.push(i);
  for (let i = first; i < last; i++) boundaries.push(analysis.boundaries[i] + shift);
  for (let i = 0; i < suffix.length; i++) boundaries.push(prefix.length + (end - start) + i);
  boundaries.push(text.length);
  return {
    text,
    boundaries,
    complexClusters: analysis.complexClusters.filter((i) => i >= first && i < last).map((i) => i - first + prefix.length),
    entities: analysis.entities.filter((e) => e.start >= start && e.end <= end).map((e) => ({ ...e, start: e.start + shift, end: e.end + shift })),
    isNfc: analysis.isNfc || text === text.normalize('NFC'),
  };
}
