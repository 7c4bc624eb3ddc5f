import 'server-only';
// Admin pages: anonymous visitors go to sign-in and come back; a user with a temporary password
// changes it first, an admin or reviewer without a second factor sets one up first; a signed-in
// user without the permission gets a 403. Actions check again in the data layer (lib/auth/actor.ts).
import { forbidden, redirect } from 'next/navigation';
import { getCurrentUser, type CurrentUser } from './current-user';
import { can, type Permission } from './permissions';

/** Where a user with a temporary password is sent until they have changed it. */
export const FORCED_PASSWORD_CHANGE_PATH = '/admin/password';

/**
 * A signed-in user who has no temporary password left to change: the pages every signed-in user
 * may open (安全设置) use this; everything else uses requirePagePermission.
 */
export async function requireSignedIn(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (user.mustChangePassword) redirect(FORCED_PASSWORD_CHANGE_PATH);
  return user;
}

export async function requirePagePermission(permission: Permission, returnTo: string): Promise<CurrentUser> {
  const user = await requireSignedIn(returnTo);
  if (user.mustEnrollSecondFactor) redirect('/admin/security');
  if (!can(user.role, permission)) forbidden();
  return user;
}
