import type { TextSpan, Violation } from '@parvis/shared/domain/content-rules';
import { useImperativeHandle, useRef, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';

export interface MarkedTextareaHandle {
  select(span: TextSpan): void;
  /** The caret's offset (where "cut here" cuts). */
  caret(): number;
  focus(): void;
}

interface MarkedTextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> {
  value: string;
  onValueChange: (value: string) => void;
  /** Spans underlined behind the text (the list of violations says the same in words). */
  violations: readonly Violation[];
  handle?: Ref<MarkedTextareaHandle>;
}

function marked(text: string, violations: readonly Violation[]): ReactNode[] {
  const spans = violations
    .filter((v) => v.span && v.span.end > v.span.start)
    .map((v) => ({ start: v.span?.start ?? 0, end: Math.min(v.span?.end ?? 0, text.length), severity: v.severity }))
    .sort((a, b) => a.start - b.start);
  const nodes: ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) nodes.push(text.slice(at, span.start));
    nodes.push(
      <mark key={`${span.start}-${span.end}`} className={`pv-mark pv-mark--${span.severity}`}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  nodes.push(text.slice(at), '\n');
  return nodes;
}

/**
 * A plain <textarea> (plain-text networks) over a mirror that underlines the violations' spans at
 * their place; the mirror is decorative (aria-hidden), the violation list is what assistive tech reads.
 */
export function MarkedTextarea({ value, onValueChange, violations, handle, className, ...props }: MarkedTextareaProps) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const mirror = useRef<HTMLDivElement>(null);
  useImperativeHandle(handle, () => ({
    select(span) {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(span.start, span.end);
    },
    caret: () => textarea.current?.selectionStart ?? value.length,
    focus: () => textarea.current?.focus(),
  }));
  return (
    <div className="pv-marked">
      <div ref={mirror} className="pv-marked__mirror" aria-hidden="true">
        {marked(value, violations)}
      </div>
      <textarea
        {...props}
        ref={textarea}
        className={['pv-marked__input', className ?? ''].join(' ').trim()}
        value={value}
        spellCheck
        onChange={(event) => onValueChange(event.target.value)}
        onScroll={(event) => {
          if (mirror.current) mirror.current.scrollTop = event.currentTarget.scrollTop;
        }}
      />
    </div>
  );
}
