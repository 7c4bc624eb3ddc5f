const HEAD = 24;
const TAIL = 15;

/** A quote as shown in messages: whitespace runs collapsed, long quotes cut in the middle. */
export function displayQuote(quote: string): string {
  const chars = [...quote.replace(/\s+/gu, ' ').trim()];
  const shown = chars.length > HEAD + TAIL + 1 ? [...chars.slice(0, HEAD), '…', ...chars.slice(-TAIL)] : chars;
  return `"${shown.join('')}"`;
}

export function listSpans(spans: ReadonlyArray<{ start: number }>): string {
  return spans.map((span) => span.start).join(', ');
}
