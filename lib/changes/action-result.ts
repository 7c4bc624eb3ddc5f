// What a server action tells its form: success, or a message with per-field errors. Only
// AppErrors are shown to users; anything else is logged and reported as a generic failure. A
// refused authorization is also written to the audit log (checklist 21).
import { AppError } from '@/lib/errors';
import type { FieldErrors } from '@/lib/records/field-errors';

export type ActionResult<T = undefined> =
  { ok: true; value: T } | { ok: false; code: string; message: string; fieldErrors: FieldErrors };

export async function toActionResult<T>(
  action: string,
  work: () => Promise<T>,
  onRefused: (action: string) => Promise<void> = recordRefusal,
): Promise<ActionResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === 'FORBIDDEN') await onRefused(action).catch((e: unknown) => console.error(e));
      const fieldErrors = (error.details.fieldErrors as FieldErrors | undefined) ?? {};
      return { ok: false, code: error.code, message: error.message, fieldErrors };
    }
    console.error(error);
    return { ok: false, code: 'INTERNAL', message: '保存失败，请稍后再试。您的输入仍保留在表单中。', fieldErrors: {} };
  }
}

/**
 * One audit row per refused action: who (or anonymous), which action, from where. Its server-only
 * dependencies load on use, so unit tests can import this module without the app's setup.
 */
async function recordRefusal(action: string) {
  const [{ headers }, { getCurrentUser }, { db }, { peerAddressOf }] = await Promise.all([
    import('next/headers'),
    import('@/lib/auth/current-user'),
    import('@/lib/db'),
    import('@/lib/http/peer-address'),
  ]);
  const user = await getCurrentUser();
  await db.auditEntry.create({
    data: {
      actorId: user?.id ?? null,
      actorLabel: user?.email ?? 'anonymous',
      action: 'access.refused',
      address: peerAddressOf(await headers()),
      detail: { action },
    },
  });
}
