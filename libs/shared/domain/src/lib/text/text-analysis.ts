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
