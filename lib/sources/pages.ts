// Pages of a PDF original in its extracted text: `pageStarts` holds the code-point offset where
// each page begins (page 1 at 0). A text without pages (plain text, web pages) has none.

/** The 1-based page an offset falls on, or null when the text has no pages. */
export function pageAt(pageStarts: readonly number[], offset: number): number | null {
  if (pageStarts.length === 0) return null;
  let page = 1;
  for (let index = 1; index < pageStarts.length; index++) {
    if (pageStarts[index]! > offset) break;
    page = index + 1;
  }
  return page;
}

/** Joins page texts with a blank line between pages, and says where each page starts. */
export function joinPages(pages: readonly string[]): { text: string; pageStarts: number[] } {
  const pageStarts: number[] = [];
  let text = '';
  let length = 0;
  pages.forEach((page, index) => {
    const separator = index === 0 ? '' : '\n\n';
    text += separator;
    length += separator.length;
    pageStarts.push(length);
    text += page;
    length += [...page].length;
  });
  return { text, pageStarts };
}
