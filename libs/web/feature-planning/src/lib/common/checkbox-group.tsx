import type { UseFormRegisterReturn } from 'react-hook-form';

export interface CheckboxGroupProps {
  legend: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  registration: UseFormRegisterReturn;
}

/** A fieldset of checkboxes sharing one react-hook-form name (its value is the checked values). */
export function CheckboxGroup({ legend, options, registration }: CheckboxGroupProps) {
  if (options.length === 0) return null;
  return (
    <fieldset className="pv-field planning-checkboxes">
      <legend className="pv-label">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="planning-checkbox">
          <input type="checkbox" value={option.value} {...registration} /> {option.label}
        </label>
      ))}
    </fieldset>
  );
}
