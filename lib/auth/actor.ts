import 'server-only';
// The signed-in user as the actor of a write, with the address the request came from (for audit).
import { headers } from 'next/headers';
import type { Actor } from '@/lib/auth/actor-type';
import { peerAddressOf } from '@/lib/http/peer-address';
import { getCurrentUser } from './current-user';
import { actorOf } from './session-user';

/**
 * Null when nobody is signed in, for a user who must still change a temporary password, or for an
 * admin or reviewer who has not set up the second factor their role requires; the data layer then
 * refuses every write.
 */
export async function currentActor(): Promise<Actor | null> {
  return actorOf(await getCurrentUser(), peerAddressOf(await headers()));
}
