import { graphemeBoundaries } from './graphemes';

/** The most graphemes a list shows of a post's first line, the ellipsis included. */
export const SHORT_TITLE_LENGTH = 80;

/**
 * A post's first line as a list title: whole when it fits in `max` graphemes, else cut after its last
 * whole word that fits (a word longer than half the room is cut) and ended with « … ».
 */
export function shortTitle(text: string, max = SHORT_TITLE_LENGTH): string {
  const line = (text.trim().split('\n')[0] ?? '').trim();
  const boundaries = graphemeBoundaries(line);
  if (boundaries.length - 1 <= max) return line;
  const end = boundaries[max - 1] ?? line.length;
  const room = line.slice(0, end);
  const lastSpace = /\s/.test(line.charAt(end)) ? end : room.search(/\s\S*$/);
  const cut = lastSpace >= room.length / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}
