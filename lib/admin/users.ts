import 'server-only';
// The admin's user list, as the users page reads it; lib/users/manage-users checks the permission.
import { currentActor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { listUsers } from '@/lib/users/manage-users';

export async function usersForAdmin(options: { query?: string; page: number }) {
  return listUsers(db, await currentActor(), options);
}
