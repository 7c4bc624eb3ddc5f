// Splits a source text into readable paragraphs and highlighted segments for its cited passages.
// Offsets are code points; paragraphs break at blank lines, while single line breaks (left by PDF
// extraction in the middle of sentences) are dropped from the displayed text.
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
export type Paragraph = { start: number; end: number; segments: Segment[] };

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

export function segmentSource(text: string, citations: CitedSpan[]): Paragraph[] {
  const chars = [...text];
  return paragraphRanges(chars).map(({ start, end }) => {
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
      segments.push({
        text: chars
          .slice(from, to)
          .join('')
          .replace(/[ \t]*\n[ \t]*/g, ''),
        start: from,
        citationIds: covering.map((c) => c.id),
        starts: covering.filter((c) => c.start === from || (c.start < start && from === start)).map((c) => c.id),
        ends: covering.filter((c) => c.end === to || (c.end > end && to === end)).map((c) => c.id),
      });
    }
    return { start, end, segments };
  });
}
