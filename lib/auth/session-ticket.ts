import 'server-only';
// A password change bumps the user's session version, which ends every session, the one that made
// the change included. That one session is carried over: the change returns a short-lived ticket,
// an HMAC over the user, that session's id and the new version, and the browser hands it to
// next-auth's session update (`update()` from next-auth/react → the jwt callback with
// trigger 'update', lib/auth/options.ts), which re-issues the token at the new version and a new
// session id. A copied cookie of the same session cannot use the ticket without also having it,
// and a ticket for another session or an older version is worthless.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';

export const SESSION_TICKET_SECONDS = 120;

type Session = { uid: string; sid: string };

function mac(session: Session, version: number, expires: number, secret: string): string {
  // A key of its own, derived from the session-signing secret.
  const key = createHmac('sha256', secret).update('session-ticket').digest();
  return createHmac('sha256', key)
    .update(`password-change\n${session.uid}\n${session.sid}\n${version}\n${expires}`)
    .digest('base64url');
}

export function issueSessionTicket(
  session: Session,
  version: number,
  now: number = Date.now(),
  secret: string = env.authSecret(),
): string {
  const expires = Math.floor(now / 1000) + SESSION_TICKET_SECONDS;
  return `${version}.${expires}.${mac(session, version, expires, secret)}`;
}

/** The session version a valid, unexpired ticket for this very session names, or null. */
export function readSessionTicket(
  ticket: unknown,
  session: Partial<Session>,
  now: number = Date.now(),
  secret: string = env.authSecret(),
): number | null {
  if (typeof ticket !== 'string' || ticket.length > 200 || !session.uid || !session.sid) return null;
  const match = /^(\d{1,9})\.(\d{1,12})\.([\w-]{43})$/.exec(ticket);
  if (!match) return null;
  const version = Number(match[1]);
  const expires = Number(match[2]);
  if (expires < Math.floor(now / 1000)) return null;
  const expected = Buffer.from(mac({ uid: session.uid, sid: session.sid }, version, expires, secret));
  const given = Buffer.from(match[3]!);
  return expected.length === given.length && timingSafeEqual(expected, given) ? version : null;
}
