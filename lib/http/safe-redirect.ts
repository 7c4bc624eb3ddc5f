// Where the app may send someone after an action (sign-in's callbackUrl): a path on this site and
// nothing else. Browsers read `/\host`, `/<TAB>/host` and `//host` as another host, so the value is
// refused if it, or any of its first few percent-decodings, holds a control character or a
// backslash or begins with two slashes; what remains is parsed as a browser would and must stay on
// our origin.
const ORIGIN = 'http://site.invalid';

const UNSAFE = /[\u0000-\u001f\u007f\\]/;

function decodedForms(value: string): string[] {
  const forms = [value];
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(forms.at(-1)!);
      if (next === forms.at(-1)) break;
      forms.push(next);
    } catch {
      break;
    }
  }
  return forms;
}

export function safeRedirectPath(value: string | null | undefined, fallback: string): string {
  if (!value || value.length > 2000 || !value.startsWith('/')) return fallback;
  if (decodedForms(value).some((form) => UNSAFE.test(form) || form.startsWith('//'))) return fallback;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return fallback;
  }
  return url.origin === ORIGIN ? `${url.pathname}${url.search}${url.hash}` : fallback;
}
