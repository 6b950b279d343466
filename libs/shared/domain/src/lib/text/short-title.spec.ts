import { countGraphemes } from './graphemes';
import { shortTitle } from './short-title';

describe('shortTitle', () => {
  it('keeps a first line that fits, trimmed, without an ellipsis', () => {
    expect(shortTitle('  Marché de Noël samedi \nDétails suivent')).toBe('Marché de Noël samedi');
    expect(shortTitle('a'.repeat(80))).toBe('a'.repeat(80));
  });

  it('cuts a long line after its last whole word and adds « … », within the limit', () => {
    const line = 'La médiathèque Louise-Michel rouvre ses portes samedi après trois mois de travaux de rénovation énergétique';
    const title = shortTitle(line);
    expect(title).toBe('La médiathèque Louise-Michel rouvre ses portes samedi après trois mois de…');
    expect(countGraphemes(title)).toBeLessThanOrEqual(80);
    expect(line.startsWith(title.slice(0, -1))).toBe(true);
  });

  it('keeps the word that ends exactly at the limit, drops trailing punctuation before the ellipsis', () => {
    expect(shortTitle('un deux trois quatre', 14)).toBe('un deux trois…');
    expect(shortTitle('un deux, trois quatre', 10)).toBe('un deux…');
  });

  it('cuts a single very long word (a URL) where it must, and never splits an emoji', () => {
    expect(shortTitle(`https://${'x'.repeat(100)}`, 20)).toBe(`https://${'x'.repeat(11)}…`);
    expect(shortTitle('👨‍👩‍👧'.repeat(30), 10)).toBe(`${'👨‍👩‍👧'.repeat(9)}…`);
  });
});
