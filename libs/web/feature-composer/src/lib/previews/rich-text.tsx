import { detectEntities } from '@parvis/shared/domain/content-rules';
import { useMemo, type ReactNode } from 'react';

/** The text as the network shows it: links, mentions and hashtags in the link colour (text stays text). */
export function RichText({ text }: { text: string }): ReactNode {
  const nodes = useMemo(() => {
    const parts: ReactNode[] = [];
    let at = 0;
    for (const entity of detectEntities(text)) {
      if (entity.start < at) continue;
      parts.push(text.slice(at, entity.start));
      parts.push(
        <span key={entity.start} className={`pv-rich pv-rich--${entity.kind}`}>
          {text.slice(entity.start, entity.end)}
        </span>,
      );
      at = entity.end;
    }
    parts.push(text.slice(at));
    return parts;
  }, [text]);
  return nodes;
}
