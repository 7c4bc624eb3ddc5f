// Is a name (a project's alias) stated in its quotes? Compared without whitespace, as quotes keep
// the source's line breaks, and without normalising anything else: an alias is the documents' spelling.

const flat = (text: string) => text.replace(/\s+/g, '');

/** True when one of the quotes contains the name. */
export function nameInQuotes(name: string, quotes: string[]): boolean {
  const wanted = flat(name);
  return wanted !== '' && quotes.some((quote) => flat(quote).includes(wanted));
}
