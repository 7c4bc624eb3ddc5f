// What a server action tells its form: success, or a message with per-field errors. Only
// AppErrors are shown to users; anything else is logged and reported as a generic failure.
import { AppError } from '@/lib/errors';
import type { FieldErrors } from '@/lib/records/field-errors';

export type ActionResult<T = undefined> =
  { ok: true; value: T } | { ok: false; code: string; message: string; fieldErrors: FieldErrors };

export async function toActionResult<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof AppError) {
      const fieldErrors = (error.details.fieldErrors as FieldErrors | undefined) ?? {};
      return { ok: false, code: error.code, message: error.message, fieldErrors };
    }
    console.error(error);
    return { ok: false, code: 'INTERNAL', message: '保存失败，请稍后再试。您的输入仍保留在表单中。', fieldErrors: {} };
  }
}
