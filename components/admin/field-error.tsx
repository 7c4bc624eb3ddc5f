// The message next to a field, linked to it with aria-describedby (see fieldProps).
import type { FieldErrors } from '@/lib/records/field-errors';

export const errorId = (path: string) => `error-${path.replace(/\./g, '-') || 'record'}`;

/** Props that tie an input to its error message. */
export function fieldProps(errors: FieldErrors, path: string) {
  const message = errors[path];
  return message ? { 'aria-invalid': true as const, 'aria-describedby': errorId(path) } : {};
}

export function FieldError({ errors, path }: { errors: FieldErrors; path: string }) {
  const message = errors[path];
  if (!message) return null;
  return (
    <span id={errorId(path)} className="field-error" role="alert">
      {message}
    </span>
  );
}
