import { firstLineTitle } from './post-assembler';

/** The title of the posts list (« Contenus »), the history and the media uses. */
describe('firstLineTitle', () => {
  it('cuts a long first line after its last whole word with « … », never mid-word', () => {
    expect(firstLineTitle('La médiathèque Louise-Michel rouvre ses portes samedi après trois mois de travaux de rénovation énergétique\nSuite')).toBe('La médiathèque Louise-Michel rouvre ses portes samedi après trois mois de…');
  });

  it('keeps a first line that fits, trimmed', () => {
    expect(firstLineTitle('  Collecte des sapins \nDéposez-les place Bellecour')).toBe('Collecte des sapins');
  });
});
