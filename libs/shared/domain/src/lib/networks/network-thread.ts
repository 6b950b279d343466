import { analyzeText } from '../text/text-analysis';
import { splitThread, type ThreadSplit, type ThreadSplitOptions } from '../text/thread-split';
import { measureText, type LengthContext } from './text-length';
import type { ChannelRules } from './variant';

/** Splits a variant's text into parts that each fit the channel's limits (every counter, numbering included). */
export function splitForChannel(text: string, rules: ChannelRules, options: Omit<ThreadSplitOptions, 'protectedSpans'> & LengthContext = {}): ThreadSplit {
  const { contentWarning, ...splitOptions } = options;
  const fits = (part: string): boolean => measureText(analyzeText(part), rules.capabilities, { contentWarning }).every((c) => c.value <= c.limit);
  return splitThread(text, fits, { ...splitOptions, protectedSpans: analyzeText(text).entities });
}
