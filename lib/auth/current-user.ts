import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { authOptions, SESSION_ABSOLUTE_SECONDS } from './options';
import { SECOND_FACTOR_ROLES } from './second-factor-roles';

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** An admin or reviewer who has not set up a second factor yet: may only do that. */
  mustEnrollSecondFactor: boolean;
  secondFactorEnabled: boolean;
};
type SessionClaims = { uid?: string; sv?: number; signedInAt?: number; mfa?: boolean; sid?: string };

/**
 * The signed-in user as the database says now: null for no session, an expired one, or one issued
 * before the user was deactivated, had the role or password changed, or signed out everywhere.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await getServerSession(authOptions)) as SessionClaims | null;
  if (!session?.uid || !session.sid || session.sv === undefined || session.signedInAt === undefined) return null;
  if (Date.now() / 1000 - session.signedInAt > SESSION_ABSOLUTE_SECONDS) return null;
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
    secondFactorEnabled: enrolled,
  };
});
