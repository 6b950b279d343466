import { useEffect, useRef, type RefObject } from 'react';

/**
 * The local day (YYYY-MM-DD) of this calendar's day cell at a point of the viewport, or null. The
 * dragged card's mirror may sit on top: every layer under the point is looked at.
 */
export function dayAt(x: number, y: number, root: HTMLElement): string | null {
  if (typeof document.elementsFromPoint !== 'function') return null;
  for (const element of document.elementsFromPoint(x, y)) {
    const cell = element.closest<HTMLElement>('td[data-date]');
    if (cell && root.contains(cell)) return cell.dataset['date']?.slice(0, 10) ?? null;
  }
  return null;
}

function pointOf(event: Event): { x: number; y: number } | null {
  if (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent) {
    const touch = event.changedTouches[0];
    return touch ? { x: touch.clientX, y: touch.clientY } : null;
  }
  return event instanceof MouseEvent ? { x: event.clientX, y: event.clientY } : null;
}

/**
 * Remembers the day under the pointer when a press ends, before FullCalendar handles it. FullCalendar
 * measures a drop from the centre of the grabbed card, not from the pointer: a tall card grabbed near
 * its top then lands in another week. Read this instead, in `eventDrop`.
 */
export function useDayUnderPointerAtRelease(root: RefObject<HTMLElement | null>): RefObject<string | null> {
  const day = useRef<string | null>(null);
  useEffect(() => {
    const onRelease = (event: Event) => {
      const point = pointOf(event);
      day.current = point && root.current ? dayAt(point.x, point.y, root.current) : null;
    };
    // Capture phase on the document: runs before FullCalendar's own listeners re-render the grid.
    const kinds = ['pointerup', 'mouseup', 'touchend'] as const;
    for (const kind of kinds) document.addEventListener(kind, onRelease, true);
    return () => {
      for (const kind of kinds) document.removeEventListener(kind, onRelease, true);
    };
  }, [root]);
  return day;
}
