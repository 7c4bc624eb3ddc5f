// Dates as documents state them: a day (2020-09-27), a month (2020-09) or only a year (2020).
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';
export type PartialDate = { date: Date; precision: DatePrecision };

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses YYYY, YYYY-MM or YYYY-MM-DD into a UTC date and its precision; null when invalid (2020-02-30). */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const precision: DatePrecision = match[3] !== undefined ? 'DAY' : match[2] !== undefined ? 'MONTH' : 'YEAR';
  return { date, precision };
}

/** The last day covered by a partial date: 2020 → 2020-12-31, 2020-02 → 2020-02-29. */
export function endOfPartialDate({ date, precision }: PartialDate): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  if (precision === 'YEAR') return new Date(Date.UTC(year, 11, 31));
  if (precision === 'MONTH') return new Date(Date.UTC(year, month + 1, 0));
  return date;
}

export function formatPartialDate({ date, precision }: PartialDate): string {
  const iso = date.toISOString().slice(0, 10);
  return precision === 'YEAR' ? iso.slice(0, 4) : precision === 'MONTH' ? iso.slice(0, 7) : iso;
}

/** 2020年9月27日, 2020年9月, 2020年. */
export function formatPartialDateZh({ date, precision }: PartialDate): string {
  const year = `${date.getUTCFullYear()}年`;
  if (precision === 'YEAR') return year;
  const month = `${date.getUTCMonth() + 1}月`;
  return precision === 'MONTH' ? year + month : `${year}${month}${date.getUTCDate()}日`;
}

/**
 * Whether a text states the date as precisely as it is known, in the Arabic numerals the documents
 * use: 9月10日 for a day (the year is often only in the heading), 2020年9月 or 9月 for a month,
 * 2020年 for a year.
 */
export function statesPartialDate(text: string, { date, precision }: PartialDate): boolean {
  const compact = text.replace(/\s+/g, '');
  const month = `(?<!\\d)${date.getUTCMonth() + 1}月`;
  const pattern =
    precision === 'YEAR'
      ? `${date.getUTCFullYear()}年`
      : precision === 'MONTH'
        ? month
        : `${month}${date.getUTCDate()}日`;
  return new RegExp(pattern).test(compact);
}
