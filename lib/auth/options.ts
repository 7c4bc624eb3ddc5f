import 'server-only';
// next-auth v4 with e-mail and password. Sessions are JWTs (credentials cannot use database
// sessions in v4), so the token only says who signed in, at which session version, and its own
// session id: the data layer re-reads the user on every request (lib/auth/current-user.ts) and
// refuses a deactivated user, a changed role or password, a sign-out everywhere, or a session that
// was signed out, at once.
import { randomUUID } from 'node:crypto';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { PEER_ADDRESS_HEADER } from '@/lib/http/peer-address';
import { checkCredentials } from './sign-in';
import { revokeSession } from './sign-out';

/** Idle timeout: a session not used for this long ends. */
export const SESSION_IDLE_SECONDS = 2 * 60 * 60;
/** Absolute lifetime: a session ends this long after sign-in, however active. */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

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
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        const result = await checkCredentials(db, {
          email,
          password,
          code,
          address: headers[PEER_ADDRESS_HEADER] ?? 'unknown',
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
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.mfa = (user as { secondFactor?: boolean }).secondFactor === true;
        token.signedInAt = Math.floor(Date.now() / 1000);
        token.sid = randomUUID();
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
