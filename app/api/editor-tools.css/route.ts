// A stylesheet that differs per person: for a signed-in editor it reveals the 编辑 links that every
// public page carries hidden (.editor-only). Public pages stay identical for everyone, and so stay
// cached and script-free; only this small response depends on the session.
import { cookies } from 'next/headers';
import { getCurrentUser } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';

export const dynamic = 'force-dynamic';

const EDITOR_RULES = '.editor-only { display: inline-block; }\n';

export async function GET() {
  // Readers without a session cookie get the empty sheet without a database round trip.
  const signedIn = (await cookies()).getAll().some((cookie) => cookie.name.endsWith('next-auth.session-token'));
  const user = signedIn ? await getCurrentUser() : null;
  return new Response(user && can(user.role, 'record.edit') ? EDITOR_RULES : '', {
    headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'private, no-store' },
  });
}
