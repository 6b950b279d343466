import { titleOf } from './composer-page';

describe('titleOf', () => {
  it('titles a post by its first line, cut after its last whole word with « … » past 80 characters', () => {
    expect(titleOf('La médiathèque Louise-Michel rouvre ses portes samedi après trois mois de travaux de rénovation énergétique\nDétails', 'Sans titre')).toBe('La médiathèque Louise-Michel rouvre ses portes samedi après trois mois de…');
  });

  it('keeps a short first line whole and falls back when the text is empty', () => {
    expect(titleOf('  Marché de Noël samedi \nDétails', 'Sans titre')).toBe('Marché de Noël samedi');
    expect(titleOf(' \n', 'Sans titre')).toBe('Sans titre');
  });
});
