// Signs in over HTTP as the sign-in form does (next-auth's credentials callback with its CSRF
// token) and returns the Cookie header that carries the session, for load generators that cannot
// run the form themselves. Editors have no second factor; `code` is the TOTP code for roles that do.

/** The `name=value` pairs of a response's Set-Cookie headers. */
const cookiesOf = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);

export async function signInCookie(
  siteUrl: string,
  credentials: { email: string; password: string; code?: string },
): Promise<string> {
  const csrf = await fetch(`${siteUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${siteUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(csrf).join('; ') },
    body: new URLSearchParams({ csrfToken, json: 'true', code: '', ...credentials }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`sign-in of ${credentials.email} failed: ${response.status} ${await response.text()}`);
  return session;
}
