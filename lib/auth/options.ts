import 'server-only';
// next-auth v4 with e-mail and password. Sessions are JWTs (credentials cannot use database
// sessions in v4), so the token only says who signed in, at which session version, and its own
// session id: the data layer re-reads the user on every request (lib/auth/current-user.ts) and
// refuses a deactivated user, a changed role or password, a sign-out everywhere, or a session that
// was signed out, at once. The one session that changed its own password is re-issued at the new
// session version through next-auth's session update (lib/auth/session-ticket.ts).
import { randomUUID } from 'node:crypto';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { peerAddressOf } from '@/lib/http/peer-address';
import { SESSION_ABSOLUTE_SECONDS } from './session-user';
import { readSessionTicket } from './session-ticket';
import { checkCredentials } from './sign-in';
import { revokeSession } from './sign-out';

export { SESSION_ABSOLUTE_SECONDS } from './session-user';

/** Idle timeout: a session not used for this long ends. */
export const SESSION_IDLE_SECONDS = 2 * 60 * 60;

export const authOptions: NextAuthOptions = {
  // Read on use, so that building the app needs no secret.
  get secret() {
    return env.authSecret();
  },
  session: { strategy: 'jwt', maxAge: SESSION_IDLE_SECONDS, updateAge: 5 * 60 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: '邮箱和密码',
      credentials: {
        email: { label: '邮箱', type: 'email' },
        password: { label: '密码', type: 'password' },
        code: { label: '验证码', type: 'text' },
      },
      async authorize(credentials, req) {
        const email = typeof credentials?.email === 'string' ? credentials.email : '';
        const password = typeof credentials?.password === 'string' ? credentials.password : '';
        const code = typeof credentials?.code === 'string' ? credentials.code.slice(0, 32) : '';
        if (!email || !password) return null;
        const headers = new Headers((req?.headers ?? {}) as Record<string, string>);
        const result = await checkCredentials(db, {
          email,
          password,
          code,
          address: peerAddressOf(headers),
        });
        // next-auth passes an Error's message to the client as `error`; the form maps it to Chinese.
        if (!result.ok) throw new Error(result.reason);
        return {
          id: result.user.id,
          email: result.user.email,
          name: result.user.name,
          sessionVersion: result.user.sessionVersion,
          secondFactor: result.secondFactor,
        };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user, trigger, session }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.mfa = (user as { secondFactor?: boolean }).secondFactor === true;
        token.signedInAt = Math.floor(Date.now() / 1000);
        token.sid = randomUUID();
      } else if (trigger === 'update') {
        // The browser's data is trusted only as far as the ticket signed for this session goes, and
        // only while the database holds that version (sign-out everywhere or an admin's reset since
        // then win); anything else leaves the token as it was.
        const claims = token as { uid?: string; sid?: string };
        const version = readSessionTicket((session as { ticket?: unknown } | undefined)?.ticket, claims);
        if (version !== null && claims.uid) {
          const current = await db.user.findUnique({
            where: { id: claims.uid },
            select: { active: true, sessionVersion: true },
          });
          if (current?.active && current.sessionVersion === version) {
            token.sv = version;
            token.sid = randomUUID();
          }
        }
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        uid: token.uid,
        sv: token.sv,
        signedInAt: token.signedInAt,
        mfa: token.mfa,
        sid: token.sid,
      };
    },
  },
  events: {
    // The token itself cannot be unsigned: its id is refused from now on (lib/auth/current-user.ts).
    async signOut({ token }) {
      const { sid, uid, email, signedInAt } = token as {
        sid?: string;
        uid?: string;
        email?: string;
        signedInAt?: number;
      };
      if (!sid || !uid || signedInAt === undefined) return;
      await revokeSession(db, {
        sessionId: sid,
        userId: uid,
        email: email ?? '',
        expiresAt: new Date((signedInAt + SESSION_ABSOLUTE_SECONDS) * 1000),
      });
    },
  },
};
