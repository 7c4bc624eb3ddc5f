// Shown only when the period check could not find a period (or date) in the quotes and their
// context, or when the editor has already explained one: the reason travels with the change.
import type { FieldErrors } from '@/lib/records/field-errors';
import { TextField } from './text-field';

export function PeriodReasonField(props: {
  path: string;
  value: string;
  onChange: (value: string) => void;
  errors: FieldErrors;
}) {
  if (!props.errors[props.path] && props.value === '') return null;
  return (
    <TextField
      label="时期核验理由"
      rows={2}
      hint="引文及其上下文中找不到这个时期或日期时，请说明依据；审核人会看到这条理由。"
      {...props}
    />
  );
}
