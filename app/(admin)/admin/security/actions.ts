'use server';
// The signed-in user's own security: changing the password, enrolling a second factor, ending
// every session. A user who must still replace a temporary password may only change it (or sign
// out, here or through next-auth).
import { headers } from 'next/headers';
import { getCurrentUser } from '@/lib/auth/current-user';
import { beginEnrollment, confirmEnrollment } from '@/lib/auth/second-factor';
import { issueSessionTicket } from '@/lib/auth/session-ticket';
import { signOutEverywhere } from '@/lib/auth/sign-out';
import { toActionResult, type ActionResult } from '@/lib/changes/action-result';
import { db } from '@/lib/db';
import { peerAddressOf } from '@/lib/http/peer-address';
import { changeOwnPassword } from '@/lib/users/change-password';

async function who(options: { evenWithTemporaryPassword?: boolean } = {}) {
  const user = await getCurrentUser();
  if (!user || (user.mustChangePassword && !options.evenWithTemporaryPassword)) return null;
  return { id: user.id, email: user.email, address: peerAddressOf(await headers()) };
}

export async function changeOwnPasswordAction(
  input: unknown,
): Promise<ActionResult<{ ticket: string; sessionVersion: number }>> {
  return toActionResult('changeOwnPassword', async () => {
    // Read before the change: afterwards this session's version is an old one.
    const user = await getCurrentUser();
    const me = user ? { id: user.id, email: user.email, address: peerAddressOf(await headers()) } : null;
    const { sessionVersion } = await changeOwnPassword(db, me, input);
    // Every session has ended with the new version; this one is carried over by the browser
    // handing the ticket to next-auth's session update (lib/auth/session-ticket.ts).
    const ticket = issueSessionTicket({ uid: user!.id, sid: user!.sessionId }, sessionVersion);
    return { ticket, sessionVersion };
  });
}

export async function beginEnrollmentAction(): Promise<ActionResult<{ secret: string; qrSvg: string }>> {
  return toActionResult('beginEnrollment', async () => {
    const { secret, qrSvg } = await beginEnrollment(db, await who());
    return { secret, qrSvg };
  });
}

export async function confirmEnrollmentAction(code: string): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  return toActionResult('confirmEnrollment', async () => confirmEnrollment(db, await who(), String(code).slice(0, 32)));
}

export async function signOutEverywhereAction(): Promise<ActionResult> {
  return toActionResult('signOutEverywhere', async () => {
    await signOutEverywhere(db, await who({ evenWithTemporaryPassword: true }));
    return undefined;
  });
}
