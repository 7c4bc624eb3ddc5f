// Splits a source text into readable paragraphs and highlighted segments for its cited passages.
// Offsets are code points; paragraphs break at blank lines, while single line breaks (left by PDF
// extraction in the middle of sentences) are dropped from the displayed text, or become a space
// between two Latin words. Layout debris (a page number on its own, a headline box split into
// single characters, a heading printed twice over) is told apart so the page can dim it. The
// exact view keeps every character of the text as one block.
export type CitedSpan = { id: string; start: number; end: number };
export type Segment = {
  text: string;
  start: number;
  /** Citations covering this segment. */
  citationIds: string[];
  /** Citations whose passage begins here (their anchors go here). */
  starts: string[];
  /** Citations whose passage ends here (their note markers go here). */
  ends: string[];
};
/** What a paragraph is: running text, or debris of the original's layout. */
export type ParagraphKind = 'text' | 'page-number' | 'fragment' | 'doubled';
export type Paragraph = { start: number; end: number; kind: ParagraphKind; segments: Segment[] };

/** "做好做好长嘉汇长嘉汇大文章大文章": every chunk (1–4 characters) printed twice in a row. */
function isDoubled(chars: readonly string[]): boolean {
  const n = chars.length;
  if (n < 4) return false;
  // doubledUpTo[i]: the first i characters are a run of doubled chunks.
  const doubledUpTo = new Array<boolean>(n + 1).fill(false);
  doubledUpTo[0] = true;
  for (let i = 2; i <= n; i += 2) {
    for (let chunk = 1; chunk <= 4 && chunk * 2 <= i; chunk += 1) {
      if (!doubledUpTo[i - chunk * 2]) continue;
      const at = i - chunk * 2;
      if (chars.slice(at, at + chunk).join('') === chars.slice(at + chunk, i).join('')) {
        doubledUpTo[i] = true;
        break;
      }
    }
  }
  return doubledUpTo[n]!;
}

/**
 * What a paragraph (or, with `inParagraph`, one line of a longer paragraph) is. A line of a
 * character or two inside a paragraph is usually a sentence wrapped in a narrow column, so only a
 * paragraph of its own counts as a fragment.
 */
export function paragraphKind(text: string, options: { inParagraph?: boolean } = {}): ParagraphKind {
  // A headline box letter-spaced into single characters: "建 成 雨 污 管 网".
  if (/^\s*(?:\S\s+){2,}\S\s*$/u.test(text) && [...text.replace(/\s+/g, '')].length <= 12) return 'fragment';
  const chars = [...text.replace(/\s+/g, '')];
  if (/^\d{1,3}$/.test(chars.join(''))) return 'page-number';
  // A character or two on their own, unless they end a sentence carried over from the line above.
  if (!options.inParagraph && chars.length <= 2 && !/[。！？；，、”）]$/u.test(chars.join(''))) return 'fragment';
  if (isDoubled(chars)) return 'doubled';
  return 'text';
}

const LATIN = /[A-Za-z0-9]/;
/** A line break inside a paragraph: nothing between Chinese characters, a space between Latin words. */
function joinLines(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, (_, offset: number, whole: string) => {
    const before = whole.slice(0, offset).at(-1) ?? '';
    const after = whole.slice(offset).replace(/^[ \t]*\n[ \t]*/, '')[0] ?? '';
    return LATIN.test(before) && LATIN.test(after) ? ' ' : '';
  });
}

export function paragraphRanges(chars: readonly string[]): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let start: number | null = null;
  let lastContent = -1;
  let blankRun = false;
  let lineHasContent = false;
  for (let i = 0; i <= chars.length; i += 1) {
    const char = i < chars.length ? chars[i]! : '\n';
    if (char === '\n') {
      if (!lineHasContent) blankRun = true;
      lineHasContent = false;
      if (i === chars.length && start !== null) ranges.push({ start, end: lastContent + 1 });
      continue;
    }
    if (/\s/u.test(char)) continue;
    if (blankRun && start !== null) {
      ranges.push({ start, end: lastContent + 1 });
      start = null;
    }
    blankRun = false;
    lineHasContent = true;
    start ??= i;
    lastContent = i;
  }
  return ranges;
}

/**
 * Paragraphs for reading: a line of layout debris inside a paragraph (a doubled headline, a
 * letter-spaced box, a lone page number) is set apart as its own block, so the running text
 * around it joins up and the debris can be dimmed.
 */
export function readingBlocks(chars: readonly string[]): Array<{ start: number; end: number; kind: ParagraphKind }> {
  const blocks: Array<{ start: number; end: number; kind: ParagraphKind }> = [];
  for (const paragraph of paragraphRanges(chars)) {
    let textStart: number | null = null;
    let textEnd = paragraph.start;
    let lineStart = paragraph.start;
    for (let i = paragraph.start; i <= paragraph.end; i += 1) {
      if (i < paragraph.end && chars[i] !== '\n') continue;
      const line = chars.slice(lineStart, i).join('');
      const whole = lineStart === paragraph.start && i === paragraph.end;
      const kind = line.trim() === '' ? 'text' : paragraphKind(line, { inParagraph: !whole });
      if (kind === 'text') {
        if (line.trim() !== '') {
          textStart ??= lineStart;
          textEnd = i;
        }
      } else {
        if (textStart !== null) blocks.push({ start: textStart, end: textEnd, kind: 'text' });
        textStart = null;
        const leading = line.length - line.trimStart().length;
        blocks.push({ start: lineStart + leading, end: lineStart + line.trimEnd().length, kind });
      }
      lineStart = i + 1;
    }
    if (textStart !== null) blocks.push({ start: textStart, end: textEnd, kind: 'text' });
  }
  return blocks;
}

export function segmentSource(text: string, citations: CitedSpan[], options: { exact?: boolean } = {}): Paragraph[] {
  const chars = [...text];
  const ranges = options.exact ? [{ start: 0, end: chars.length, kind: 'text' as const }] : readingBlocks(chars);
  const anchored = new Set<string>();
  const lastBlock = new Map(
    citations.map((c) => [c.id, ranges.reduce((last, range, index) => (range.start < c.end ? index : last), -1)]),
  );
  return ranges.map(({ start, end, kind }, index) => {
    const cuts = new Set([start, end]);
    for (const c of citations) {
      if (c.start > start && c.start < end) cuts.add(c.start);
      if (c.end > start && c.end < end) cuts.add(c.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i < points.length - 1; i += 1) {
      const from = points[i]!;
      const to = points[i + 1]!;
      const covering = citations.filter((c) => c.start <= from && c.end >= to);
      const starts = covering.filter((c) => c.start <= from && !anchored.has(c.id)).map((c) => c.id);
      for (const id of starts) anchored.add(id);
      segments.push({
        text: options.exact ? chars.slice(from, to).join('') : joinLines(chars.slice(from, to).join('')),
        start: from,
        citationIds: covering.map((c) => c.id),
        // A passage's anchor goes where it starts, or at the first text shown after that (a
        // passage may begin in the whitespace between blocks); one anchor each, ids are unique.
        starts,
        // The note marker goes where the passage ends, or after the last block it reaches.
        ends: covering
          .filter((c) => c.end === to || (c.end > end && to === end && lastBlock.get(c.id) === index))
          .map((c) => c.id),
      });
    }
    return { start, end, kind, segments };
  });
}
