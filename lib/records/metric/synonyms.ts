// A metric's synonyms as editors type them in one field: one per line or separated by 、，,；;
// (never by spaces, which English names contain: "gross regional product").

const SEPARATORS = /[\n\r、，,；;]+/;

/** The synonyms in a typed text: trimmed, empty ones dropped, repeats (ignoring case) kept once. */
export function splitSynonyms(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(SEPARATORS)
    .map((synonym) => synonym.trim())
    .filter((synonym) => {
      const key = synonym.toLowerCase();
      if (synonym === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
