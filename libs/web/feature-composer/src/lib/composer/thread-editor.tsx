import type { PartLength, Violation } from '@parvis/shared/domain/content-rules';
import { Button } from '@parvis/web/ui';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPOSER_NAMESPACE } from '../i18n';
import { MarkedTextarea, type MarkedTextareaHandle } from './marked-textarea';

interface ThreadEditorProps {
  label: string;
  parts: readonly string[];
  lengths: readonly PartLength[];
  violations: readonly Violation[];
  onChange: (parts: string[] | null) => void;
}

/** The manual split: one field per part, cut at the caret, merge with the next, or undo the split. */
export function ThreadEditor({ label, parts, lengths, violations, onChange }: ThreadEditorProps) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const handles = useRef<(MarkedTextareaHandle | null)[]>([]);
  const set = (index: number, text: string) => onChange(parts.map((p, i) => (i === index ? text : p)));
  const cut = (index: number) => {
    const caret = handles.current[index]?.caret() ?? parts[index].length;
    const part = parts[index];
    if (caret <= 0 || caret >= part.length) return;
    onChange([...parts.slice(0, index), part.slice(0, caret).trimEnd(), part.slice(caret).trimStart(), ...parts.slice(index + 1)]);
  };
  const merge = (index: number) => onChange([...parts.slice(0, index), `${parts[index]} ${parts[index + 1]}`, ...parts.slice(index + 2)]);

  return (
    <fieldset className="pv-thread">
      <legend>{label}</legend>
      <p className="pv-hint">{t('thread.cutHint')}</p>
      <ol className="pv-thread__parts">
        {parts.map((part, index) => {
          const counter = lengths.find((l) => l.index === index)?.counters[0];
          const partViolations = violations.filter((v) => v.target.field === 'thread_part' && v.target.index === index);
          const over = counter !== undefined && counter.value > counter.limit;
          const fieldId = `thread-part-${index}`;
          return (
            <li key={index} className="pv-thread__part">
              <label className="pv-label" htmlFor={fieldId}>
                {t('thread.partLabel', { index: index + 1, count: parts.length })}
              </label>
              <MarkedTextarea
                id={fieldId}
                rows={4}
                value={part}
                violations={partViolations}
                onValueChange={(text) => set(index, text)}
                handle={(h) => {
                  handles.current[index] = h;
                }}
              />
              {counter && (
                <p className={`pv-counter${over ? ' pv-counter--over' : ''}`}>
                  {t(`counter.${counter.unit}`, { length: counter.value, limit: counter.limit })}
                  {over && <strong> — {t('counter.over', { count: counter.value - counter.limit })}</strong>}
                </p>
              )}
              <div className="pv-actions">
                <Button variant="secondary" onClick={() => cut(index)}>
                  {t('thread.cutHere')}
                </Button>
                {index + 1 < parts.length && (
                  <Button variant="tertiary" onClick={() => merge(index)}>
                    {t('thread.mergeNext')}
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <Button variant="tertiary" onClick={() => onChange(null)}>
        {t('thread.remove')}
      </Button>
    </fieldset>
  );
}
