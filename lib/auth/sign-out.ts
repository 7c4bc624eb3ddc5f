import 'server-only';
// Signing out ends the session on the server: the token's session id is recorded as revoked, so a
// copy of the cookie is refused at once, not when it expires. Rows are kept only while a token
// could still be valid.
import type { Db } from '@/lib/db/client';

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
