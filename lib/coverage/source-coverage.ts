// How much of a source document the dataset covers. A statement is handled when every figure in it
// lies inside a citation and every name in it (a project, institution, agreement…) is the name of a
// record cited in the same document, or when the statement is set aside with a reason.
import type { TextSpan } from '@/lib/citations';
import { findStatements, normalizeName, type DocumentStatement } from '@/lib/fact-desk/statements';

/** A record that names something, with every name it goes by, cited somewhere in this document. */
export type NamedRecord = { names: string[] };

export type StatementCoverage = DocumentStatement & {
  line: number;
  setAside: boolean;
  figures: Array<{ text: string; covered: boolean }>;
  nameChecks: Array<TextSpan & { text: string; covered: boolean }>;
  handled: boolean;
};
export type SourceCoverage = {
  /** Statements with a figure or a name: the ones that call for a record. */
  statements: number;
  covered: number;
  numbers: number;
  numbersCovered: number;
  names: number;
  namesCovered: number;
  uncovered: StatementCoverage[];
};

const inside = (span: TextSpan, spans: TextSpan[]) => spans.some((s) => s.start <= span.start && span.end <= s.end);

/**
 * Whether a record's name is the name found in the text: the same, a longer form of it
 * (瑞华健康保险股份有限公司 for 瑞华健康保险), or a form the text embellishes (不夜九街 for 九街).
 * A short name inside a long one (江北 in 江北嘴滨江公园) is not enough.
 */
export function namesMatch(found: string, recordName: string): boolean {
  const a = normalizeName(found);
  const b = normalizeName(recordName);
  if (a.length < 2 || b.length < 2) return false;
  if (a === b || b.includes(a)) return true;
  return a.includes(b) && (b.length >= 4 || b.length * 2 >= a.length);
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

/** Every statement of a document with what makes it handled or open. */
export function statementCoverage(
  text: string,
  cited: TextSpan[],
  setAside: TextSpan[],
  records: NamedRecord[],
): StatementCoverage[] {
  const recordNames = records.flatMap((record) => record.names);
  return findStatements(text).map((statement) => {
    const aside = inside(statement.span, setAside);
    const figures = statement.numbers.map((token) => ({
      text: token.text,
      covered: aside || inside(token, cited) || inside(token, setAside),
    }));
    const nameChecks = statement.names.map((name) => ({
      start: name.start,
      end: name.end,
      text: name.text,
      covered: aside || inside(name, setAside) || recordNames.some((recordName) => namesMatch(name.text, recordName)),
    }));
    const handled = [...figures, ...nameChecks].every((check) => check.covered);
    return { ...statement, line: lineOf(text, statement.span.start), setAside: aside, figures, nameChecks, handled };
  });
}

/** Coverage of one document by cited spans, set-aside spans and the records cited in it. */
export function measureCoverage(
  text: string,
  cited: TextSpan[],
  setAside: TextSpan[],
  records: NamedRecord[] = [],
): SourceCoverage {
  const result: SourceCoverage = {
    statements: 0,
    covered: 0,
    numbers: 0,
    numbersCovered: 0,
    names: 0,
    namesCovered: 0,
    uncovered: [],
  };
  for (const statement of statementCoverage(text, cited, setAside, records)) {
    if (statement.figures.length === 0 && statement.nameChecks.length === 0) continue;
    result.statements += 1;
    result.numbers += statement.figures.length;
    result.numbersCovered += statement.figures.filter((check) => check.covered).length;
    result.names += statement.nameChecks.length;
    result.namesCovered += statement.nameChecks.filter((check) => check.covered).length;
    if (statement.handled) result.covered += 1;
    else result.uncovered.push(statement);
  }
  return result;
}
