import { readableFill } from '../common/format';
import { legibilityOf, MIN_CONTRAST, paletteEntryOf, THEME_PALETTE } from './theme-palette';

/** WCAG 2 relative luminance and contrast, written out again here so the test does not trust the code under test. */
function ratio(a: string, b: string): number {
  const luminance = (hex: string) =>
    [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

describe('theme palette', () => {
  it.each(THEME_PALETTE.map((entry) => [entry.name, entry.color]))(
    '%s (%s) reaches 4.5:1 with the card text the calendar paints on it, unchanged',
    (_name, color) => {
      const fill = readableFill(color);
      // The calendar shows the swatch as it is: no corrected shade for a palette colour.
      expect(fill.background).toBe(color);
      expect(ratio(fill.background, fill.text)).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(legibilityOf(color).shownAs).toBeNull();
    },
  );

  it('has distinct colours and names, in lower-case #rrggbb', () => {
    expect(new Set(THEME_PALETTE.map((e) => e.color)).size).toBe(THEME_PALETTE.length);
    expect(new Set(THEME_PALETTE.map((e) => e.name)).size).toBe(THEME_PALETTE.length);
    for (const { color } of THEME_PALETTE) expect(color).toMatch(/^#[0-9a-f]{6}$/);
    expect(paletteEntryOf('#18753C')?.name).toBe('green');
  });

  it('tells when a free colour cannot reach 4.5:1 and what the calendar will show instead', () => {
    const midTone = legibilityOf('#6a6af4');
    expect(midTone.ratio).toBeLessThan(MIN_CONTRAST);
    expect(midTone.shownAs).not.toBeNull();
    expect(ratio(midTone.shownAs ?? '', readableFill('#6a6af4').text)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(legibilityOf('#ffffff')).toEqual({ text: '#161616', ratio: expect.closeTo(ratio('#ffffff', '#161616'), 5), shownAs: null });
  });
});
