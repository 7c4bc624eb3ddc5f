import { describe, expect, it } from 'vitest';
import { issueSessionTicket, readSessionTicket, SESSION_TICKET_SECONDS } from './session-ticket';

const secret = 'a session-signing secret of more than 32 characters';
const session = { uid: '0b5a2c4e-0000-4000-8000-000000000001', sid: 'session-a' };
const at = 1_800_000_000_000;

describe('the session ticket of a password change', () => {
  it('names the new session version for the very session that made the change', () => {
    const ticket = issueSessionTicket(session, 7, at, secret);
    expect(readSessionTicket(ticket, session, at + 1000, secret)).toBe(7);
  });

  it('is worthless for another session, another user, a forged version, once expired or under another secret', () => {
    const ticket = issueSessionTicket(session, 7, at, secret);
    expect(readSessionTicket(ticket, { ...session, sid: 'session-b' }, at, secret)).toBeNull();
    expect(readSessionTicket(ticket, { ...session, uid: 'someone-else' }, at, secret)).toBeNull();
    expect(readSessionTicket(ticket.replace(/^7\./, '8.'), session, at, secret)).toBeNull();
    expect(readSessionTicket(ticket, session, at + (SESSION_TICKET_SECONDS + 1) * 1000, secret)).toBeNull();
    expect(readSessionTicket(ticket, session, at, `${secret}!`)).toBeNull();
    for (const junk of [undefined, null, 7, '', 'x'.repeat(500), { ticket }, `${ticket}x`]) {
      expect(readSessionTicket(junk, session, at, secret)).toBeNull();
    }
    expect(readSessionTicket(ticket, { uid: session.uid }, at, secret)).toBeNull();
  });
});
