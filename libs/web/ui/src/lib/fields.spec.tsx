import { render, screen } from '@testing-library/react';
import { SelectField } from './select-field';
import { TextField } from './text-field';

describe('TextField', () => {
  it('links hint and error to the input and marks it invalid', () => {
    render(<TextField label="Adresse électronique" hint="nom@commune.fr" error="Adresse invalide" />);
    const input = screen.getByLabelText('Adresse électronique');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ');
    const texts = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(texts).toEqual(['nom@commune.fr', 'Adresse invalide']);
  });

  it('is not invalid without error', () => {
    render(<TextField label="Nom" />);
    const input = screen.getByLabelText('Nom');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
  });
});

describe('SelectField', () => {
  it('keeps an accessible name when the label is visually hidden', () => {
    render(
      <SelectField label="Rôle de Alice" hideLabel error="Rôle requis">
        <option value="admin">Administrateur</option>
      </SelectField>,
    );
    const select = screen.getByRole('combobox', { name: 'Rôle de Alice' });
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(select.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Rôle requis');
  });
});
