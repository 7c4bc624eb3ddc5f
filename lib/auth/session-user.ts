import 'server-only';
// The user behind a session's claims, as the database says now, and what that user may do. Kept
// apart from next-auth so that tests can run it on a test database with claims of their own.
import type { Actor } from '@/lib/auth/actor-type';
import type { Db } from '@/lib/db/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { SECOND_FACTOR_ROLES } from './second-factor-roles';

/** Absolute lifetime: a session ends this long after sign-in, however active. */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** An admin or reviewer who has not set up a second factor yet: may only do that. */
  mustEnrollSecondFactor: boolean;
  /** Signed in with a temporary password from an admin: may only change it (or sign out). */
  mustChangePassword: boolean;
  secondFactorEnabled: boolean;
  /** The session's own id (`sid`), e.g. to re-issue this session after a password change. */
  sessionId: string;
};

export type SessionClaims = { uid?: string; sv?: number; signedInAt?: number; mfa?: boolean; sid?: string };

/**
 * Null for no session, an expired one, or one issued before the user was deactivated, had the role
 * or password changed, or signed out everywhere; a signed-out session id is refused too.
 */
export async function loadSessionUser(
  db: Db,
  session: SessionClaims | null,
  now: number = Date.now(),
): Promise<CurrentUser | null> {
  if (!session?.uid || !session.sid || session.sv === undefined || session.signedInAt === undefined) return null;
  if (now / 1000 - session.signedInAt > SESSION_ABSOLUTE_SECONDS) return null;
  const user = await db.user.findUnique({
    where: { id: session.uid },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      sessionVersion: true,
      totpEnabledAt: true,
      mustChangePassword: true,
      // A session that was signed out (its copied cookie included) ends at once.
      revokedSessions: { where: { sessionId: session.sid }, select: { sessionId: true } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== session.sv || user.revokedSessions.length > 0) return null;
  const enrolled = user.totpEnabledAt !== null;
  // Enrolling ends every session (session version), so an enrolled user's session always passed the code.
  if (enrolled && session.mfa !== true) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    mustEnrollSecondFactor: !enrolled && SECOND_FACTOR_ROLES.includes(user.role),
    mustChangePassword: user.mustChangePassword,
    secondFactorEnabled: enrolled,
    sessionId: session.sid,
  };
}

/**
 * The user as the actor of a write, or null, so that the data layer refuses every write: nobody
 * signed in, a temporary password not yet changed, or a required second factor not yet set up.
 * (Changing the password and signing out do not go through an actor.)
 */
export function actorOf(user: CurrentUser | null, address: string): Actor | null {
  if (!user || user.mustChangePassword || user.mustEnrollSecondFactor) return null;
  return { id: user.id, email: user.email, role: user.role, address };
}
