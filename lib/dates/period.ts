// Observation periods written compactly in seed files and forms:
// 2020 (a year), 2016/2020 (a range of years), 2020-H1, 2020-Q3, 2020-09 (a month), 2020-12-31 (a day).
import { endOfPartialDate, parsePartialDate } from './partial-date';

export type PeriodKind = 'YEAR' | 'YEAR_RANGE' | 'HALF_YEAR' | 'QUARTER' | 'MONTH' | 'DAY';
export type Period = { kind: PeriodKind; start: Date; end: Date };

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day));

export function parsePeriod(text: string): Period | null {
  const value = text.trim();
  let match = /^(\d{4})\/(\d{4})$/.exec(value);
  if (match) {
    const from = Number(match[1]);
    const to = Number(match[2]);
    return to > from ? { kind: 'YEAR_RANGE', start: utc(from, 0, 1), end: utc(to, 11, 31) } : null;
  }
  match = /^(\d{4})-H([12])$/.exec(value);
  if (match) {
    const year = Number(match[1]);
    const half = Number(match[2]) - 1;
    return { kind: 'HALF_YEAR', start: utc(year, half * 6, 1), end: utc(year, half * 6 + 6, 0) };
  }
  match = /^(\d{4})-Q([1-4])$/.exec(value);
  if (match) {
    const year = Number(match[1]);
    const quarter = Number(match[2]) - 1;
    return { kind: 'QUARTER', start: utc(year, quarter * 3, 1), end: utc(year, quarter * 3 + 3, 0) };
  }
  const partial = parsePartialDate(value);
  if (!partial) return null;
  const kind: PeriodKind = partial.precision === 'YEAR' ? 'YEAR' : partial.precision === 'MONTH' ? 'MONTH' : 'DAY';
  return { kind, start: partial.date, end: endOfPartialDate(partial) };
}

/** The compact form parsePeriod reads, from a stored period: 2020, 2016/2020, 2020-H1, … */
export function formatPeriod(period: Period): string {
  const year = period.start.getUTCFullYear();
  const month = period.start.getUTCMonth();
  switch (period.kind) {
    case 'YEAR':
      return String(year);
    case 'YEAR_RANGE':
      return `${year}/${period.end.getUTCFullYear()}`;
    case 'HALF_YEAR':
      return `${year}-H${month < 6 ? 1 : 2}`;
    case 'QUARTER':
      return `${year}-Q${Math.floor(month / 3) + 1}`;
    case 'MONTH':
      return `${year}-${String(month + 1).padStart(2, '0')}`;
    case 'DAY':
      return period.start.toISOString().slice(0, 10);
  }
}
