import { contrastRatio, readableFill, textColorOn } from '../common/format';

/**
 * Theme colours offered in the theme form: each one is used by the calendar as it is (white or
 * near-black card text at 4.5:1 at least, RGAA 3.2 / WCAG 1.4.3), so no theme gets a muddy,
 * corrected shade. Names are i18n keys (`palette.<name>`).
 */
export const THEME_PALETTE = [
  { name: 'navy', color: '#000091' },
  { name: 'blue', color: '#0063cb' },
  { name: 'teal', color: '#006a6f' },
  { name: 'green', color: '#18753c' },
  { name: 'red', color: '#ce0500' },
  { name: 'burntOrange', color: '#b34000' },
  { name: 'raspberry', color: '#a10e4a' },
  { name: 'purple', color: '#7f5ea3' },
  { name: 'plum', color: '#6e445a' },
  { name: 'brown', color: '#695240' },
  { name: 'charcoal', color: '#3a3a3a' },
  { name: 'sunflower', color: '#ffca00' },
  { name: 'mint', color: '#b8fec9' },
  { name: 'salmon', color: '#fcc0b0' },
] as const;

export type PaletteName = (typeof THEME_PALETTE)[number]['name'];

export const MIN_CONTRAST = 4.5;
export const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** The palette entry of a colour (case-insensitive), if it is one. */
export function paletteEntryOf(color: string): (typeof THEME_PALETTE)[number] | undefined {
  return THEME_PALETTE.find((entry) => entry.color === color.toLowerCase());
}

export interface ColorLegibility {
  /** The card text the calendar puts on it, and the ratio it reaches. */
  text: string;
  ratio: number;
  /** What the calendar shows instead, when the colour itself cannot reach 4.5:1. */
  shownAs: string | null;
}

/** How the calendar will show a colour: its card text, the contrast, and the corrected shade if any. */
export function legibilityOf(color: string): ColorLegibility {
  const fill = readableFill(color);
  const shown = fill.background.toLowerCase() === color.toLowerCase();
  const text = shown ? fill.text : textColorOn(color);
  return { text, ratio: contrastRatio(color, text), shownAs: shown ? null : fill.background };
}
