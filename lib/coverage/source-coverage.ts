// How much of a source document the dataset covers: every number-bearing statement should be
// cited by some record, or left out on purpose with a reason (page numbers, photo credits, …).
import { extractNumbers, type TextSpan } from '@/lib/citations';

export type Statement = {
  line: number;
  span: TextSpan;
  text: string;
  numbers: Array<{ text: string; covered: boolean }>;
};
export type SourceCoverage = {
  statements: number;
  covered: number;
  numbers: number;
  numbersCovered: number;
  uncovered: Statement[];
};

// Statements end at a sentence mark or a blank line (single line breaks come from PDF extraction).
const STATEMENT_END = /[。！？；!?;]|\n\s*\n/gu;

/** A number that counts something: digits, or a Chinese numeral followed by a unit (not 一带一路). */
function countsSomething(token: { text: string; unit?: string }): boolean {
  return /[0-9０-９]/u.test(token.text) || token.unit !== undefined;
}

export function splitStatements(text: string): Array<{ span: TextSpan; text: string }> {
  const chars = [...text];
  const joined = chars.join('');
  // Work in code points: map each UTF-16 index of a match to its code point index.
  const codePointAt = new Map<number, number>();
  let utf16 = 0;
  chars.forEach((char, index) => {
    codePointAt.set(utf16, index);
    utf16 += char.length;
  });
  codePointAt.set(utf16, chars.length);
  const statements: Array<{ span: TextSpan; text: string }> = [];
  let start = 0;
  for (const match of joined.matchAll(STATEMENT_END)) {
    const end = codePointAt.get((match.index ?? 0) + match[0].length) ?? chars.length;
    statements.push({ span: { start, end }, text: chars.slice(start, end).join('') });
    start = end;
  }
  if (start < chars.length) statements.push({ span: { start, end: chars.length }, text: chars.slice(start).join('') });
  return statements;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  let index = 0;
  for (const char of text) {
    if (index >= offset) break;
    if (char === '\n') line += 1;
    index += 1;
  }
  return line;
}

const inside = (span: TextSpan, spans: TextSpan[]) => spans.some((s) => s.start <= span.start && span.end <= s.end);

/** Coverage of one document by cited spans and deliberately ignored spans (both in code points). */
export function measureCoverage(text: string, cited: TextSpan[], ignored: TextSpan[]): SourceCoverage {
  const tokens = extractNumbers(text).filter(countsSomething);
  const result: SourceCoverage = { statements: 0, covered: 0, numbers: 0, numbersCovered: 0, uncovered: [] };
  for (const statement of splitStatements(text)) {
    const own = tokens.filter((t) => t.start >= statement.span.start && t.start < statement.span.end);
    if (own.length === 0) continue;
    const numbers = own.map((t) => ({ text: t.text, covered: inside(t, cited) || inside(t, ignored) }));
    result.statements += 1;
    result.numbers += numbers.length;
    result.numbersCovered += numbers.filter((n) => n.covered).length;
    if (numbers.every((n) => n.covered)) {
      result.covered += 1;
    } else {
      const firstUncovered = own.find((t) => !(inside(t, cited) || inside(t, ignored)))!;
      result.uncovered.push({
        line: lineOf(text, firstUncovered.start),
        span: statement.span,
        text: statement.text,
        numbers,
      });
    }
  }
  return result;
}
