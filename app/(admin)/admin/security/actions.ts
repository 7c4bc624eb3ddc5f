'use server';
// The signed-in user's own security: enrolling a second factor, ending every session.
import { headers } from 'next/headers';
import { getCurrentUser } from '@/lib/auth/current-user';
import { beginEnrollment, confirmEnrollment } from '@/lib/auth/second-factor';
import { signOutEverywhere } from '@/lib/auth/sign-out';
import { toActionResult, type ActionResult } from '@/lib/changes/action-result';
import { db } from '@/lib/db';
import { peerAddressOf } from '@/lib/http/peer-address';

async function who() {
  const user = await getCurrentUser();
  return user ? { id: user.id, email: user.email, address: peerAddressOf(await headers()) } : null;
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
    await signOutEverywhere(db, await who());
    return undefined;
  });
}
