'use server';
// The signed-in user's own security: changing the password, enrolling a second factor, ending
// every session. These act for a user who may not write yet (an admin or reviewer still setting up
// the second factor), so the actor is the signed-in user rather than currentActor(); a user who
// must still replace a temporary password may only change it (or sign out, here or through next-auth).
import { headers } from 'next/headers';
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import { beginEnrollment, confirmEnrollment } from '@/lib/auth/second-factor';
import { issueSessionTicket } from '@/lib/auth/session-ticket';
import { signOutEverywhere } from '@/lib/auth/sign-out';
import { peerAddressOf } from '@/lib/http/peer-address';
import { changeOwnPassword } from '@/lib/users/change-password';
import { passwordChangeInputSchema } from '@/lib/users/schema';
import { defineAction } from './define-action';

function signedIn(options: { evenWithTemporaryPassword?: boolean } = {}) {
  return async () => {
    const user = await getCurrentUser();
    if (!user || (user.mustChangePassword && !options.evenWithTemporaryPassword)) return null;
    return { id: user.id, email: user.email, sessionId: user.sessionId, address: peerAddressOf(await headers()) };
  };
}

const noInput = z.undefined();

export const changeOwnPasswordAction = defineAction({
  name: 'changeOwnPassword',
  schema: passwordChangeInputSchema,
  // Read before the change: afterwards this session's version is an old one.
  actor: signedIn({ evenWithTemporaryPassword: true }),
  run: async ({ db, actor, input }) => {
    const { sessionVersion } = await changeOwnPassword(db, actor, input);
    // Every session has ended with the new version; this one is carried over by the browser
    // handing the ticket to next-auth's session update (lib/auth/session-ticket.ts).
    const ticket = issueSessionTicket({ uid: actor!.id, sid: actor!.sessionId }, sessionVersion);
    return { ticket, sessionVersion };
  },
});

export const beginEnrollmentAction = defineAction({
  name: 'beginEnrollment',
  schema: noInput,
  actor: signedIn(),
  run: async ({ db, actor }) => {
    const { secret, qrSvg } = await beginEnrollment(db, actor);
    return { secret, qrSvg };
  },
});

export const confirmEnrollmentAction = defineAction({
  name: 'confirmEnrollment',
  schema: z.string().max(32),
  actor: signedIn(),
  run: ({ db, actor, input }) => confirmEnrollment(db, actor, input),
});

export const signOutEverywhereAction = defineAction({
  name: 'signOutEverywhere',
  schema: noInput,
  actor: signedIn({ evenWithTemporaryPassword: true }),
  run: async ({ db, actor }) => {
    await signOutEverywhere(db, actor);
    return undefined;
  },
});
