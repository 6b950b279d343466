/** A range of a text in UTF-16 code units (JavaScript string offsets), end exclusive: what the SPA underlines. */
export interface TextSpan {
  start: number;
  end: number;
}

export function spansOverlap(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}
