import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { db } from '@/lib/db';
import { authOptions } from './options';
import { loadSessionUser, type CurrentUser, type SessionClaims } from './session-user';

export type { CurrentUser } from './session-user';

/**
 * The signed-in user as the database says now (lib/auth/session-user.ts): null for no session, an
 * expired one, or one issued before the user was deactivated, had the role or password changed,
 * or signed out everywhere.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await getServerSession(authOptions)) as SessionClaims | null;
  return loadSessionUser(db, session);
});
