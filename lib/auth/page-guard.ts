import 'server-only';
// Admin pages: anonymous visitors go to sign-in and come back; a signed-in user without the
// permission gets a 403. Actions check again in the data layer.
import { forbidden, redirect } from 'next/navigation';
import { getCurrentUser, type CurrentUser } from './current-user';
import { can, type Permission } from './permissions';

export async function requirePagePermission(permission: Permission, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (user.mustEnrollSecondFactor) redirect('/admin/security');
  if (!can(user.role, permission)) forbidden();
  return user;
}
