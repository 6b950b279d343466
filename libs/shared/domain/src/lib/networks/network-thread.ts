import { analyzeText, sliceAnalysis } from '../text/text-analysis';
import { splitThread, type PartSource, type ThreadSplit, type ThreadSplitOptions } from '../text/thread-split';
import { measureText, type LengthContext } from './text-length';
import type { ChannelRules } from './variant';

/** Splits a variant's text into parts that each fit the channel's limits (every counter, numbering included). */
export function splitForChannel(text: string, rules: ChannelRules, options: Omit<ThreadSplitOptions, 'protectedSpans'> & LengthContext = {}): ThreadSplit {
  const { contentWarning, ...splitOptions } = options;
  // One analysis of the whole text; each candidate part is measured from a slice of it.
  const analysis = analyzeText(text);
  const fits = (_part: string, source: PartSource): boolean =>
    measureText(sliceAnalysis(analysis, source.start, source.end, source.prefix, source.suffix), rules.capabilities, { contentWarning }).every((c) => c.value <= c.limit);
  return splitThread(text, fits, { ...splitOptions, protectedSpans: analysis.entities });
}
