import 'server-only';
// Signing out ends the session on the server (and, on request, every session of the user): the token's session id is recorded as revoked, so a
// copy of the cookie is refused at once, not when it expires. Rows are kept only while a token
// could still be valid.
import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

export async function revokeSession(
  db: Db,
  session: { sessionId: string; userId: string; email: string; expiresAt: Date },
) {
  await db.$transaction([
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.revokedSession.upsert({
      where: { sessionId: session.sessionId },
      create: { sessionId: session.sessionId, userId: session.userId, expiresAt: session.expiresAt },
      update: {},
    }),
    db.auditEntry.create({ data: { actorId: session.userId, actorLabel: session.email, action: 'sign_out' } }),
  ]);
}

/** Ends every session of the signed-in user, on every device, this one included. */
export async function signOutEverywhere(db: Db, who: { id: string; email: string; address?: string | null } | null) {
  if (!who) throw new AppError('FORBIDDEN', '请先登录。');
  await db.$transaction([
    db.user.update({ where: { id: who.id }, data: { sessionVersion: { increment: 1 } } }),
    db.auditEntry.create({
      data: { actorId: who.id, actorLabel: who.email, address: who.address ?? null, action: 'sign_out.everywhere' },
    }),
  ]);
}
