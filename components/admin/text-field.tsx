// A labelled text input (or textarea) with its hint and its error message next to it.
import type { FieldErrors } from '@/lib/records/field-errors';
import { FieldError, fieldProps } from './field-error';

type Props = {
  label: string;
  path: string;
  value: string;
  onChange: (value: string) => void;
  errors: FieldErrors;
  hint?: string;
  placeholder?: string;
  inputMode?: 'decimal' | 'numeric';
  rows?: number;
};

export function TextField({ label, path, value, onChange, errors, hint, placeholder, inputMode, rows }: Props) {
  const shared = { value, placeholder, ...fieldProps(errors, path) };
  return (
    <label className="form__field">
      <span>{label}</span>
      {rows ? (
        <textarea rows={rows} onChange={(event) => onChange(event.target.value)} {...shared} />
      ) : (
        <input inputMode={inputMode} onChange={(event) => onChange(event.target.value)} {...shared} />
      )}
      {hint && <small className="muted">{hint}</small>}
      <FieldError errors={errors} path={path} />
    </label>
  );
}

/** A labelled select over choices, with an empty first option when the field is optional. */
export function ChoiceField({
  label,
  path,
  value,
  onChange,
  errors,
  choices,
  empty,
}: {
  label: string;
  path: string;
  value: string;
  onChange: (value: string) => void;
  errors: FieldErrors;
  choices: Array<{ id: string; label: string }>;
  empty?: string;
}) {
  return (
    <label className="form__field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)} {...fieldProps(errors, path)}>
        {empty !== undefined && <option value="">{empty}</option>}
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
      <FieldError errors={errors} path={path} />
    </label>
  );
}

/** A labelled select over an enum, showing each value's Chinese label. */
export function EnumField<T extends string>({
  label,
  value,
  labels,
  onChange,
}: {
  label: string;
  value: T;
  labels: Record<T, string>;
  onChange: (value: T) => void;
}) {
  return (
    <label className="form__field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value as T)}>
        {enumOptions(labels)}
      </select>
    </label>
  );
}

function enumOptions<T extends string>(labels: Record<T, string>) {
  return (Object.keys(labels) as T[]).map((value) => (
    <option key={value} value={value}>
      {labels[value]}
    </option>
  ));
}
