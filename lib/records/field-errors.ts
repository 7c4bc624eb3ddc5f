// Zod issues as a flat map from a field path ("measures.0.value") to its first message.
import type { z } from 'zod';
import { AppError } from '@/lib/errors';

export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Parses input with a form's schema; bad input becomes a VALIDATION error carrying field messages. */
export function parseInput<T>(schema: z.ZodType<T, unknown>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new AppError('VALIDATION', '请修正标出的字段。', { fieldErrors: fieldErrorsOf(parsed.error) });
  }
  return parsed.data;
}
