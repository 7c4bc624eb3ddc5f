// "Cite this source / this figure": a reference a reader can paste, as GB/T 7714-2015 (the
// Chinese national standard), BibTeX and CSL-JSON (what Zotero and citeproc read). Only what the
// document states goes in; an estimated date is marked as one, an unknown publisher says so.
import type { DatePrecision, SourceKind } from '@/lib/generated/prisma/enums';

export type CitableSource = {
  slug: string;
  title: string;
  kind: SourceKind;
  byline: string | null;
  publisher: string | null;
  language: string;
  statedDate: Date | null;
  statedDatePrecision: DatePrecision | null;
  estimatedDate: Date | null;
  estimatedDatePrecision: DatePrecision | null;
};

export type CiteOptions = {
  /** The address the reference points to: the source page, or a figure's citation permalink. */
  url: string;
  /** When the copy the site holds was retrieved (or stored). */
  retrieved: Date;
  /** The page of a PDF original the figure's passage is on. */
  page?: number | null;
  /** For a figure: what it is (地区生产总值 · 2020年 1325亿元). */
  figure?: string;
};

// GB/T 7714-2015 document type codes; every copy here is online (/OL).
const GBT_TYPE: Record<SourceKind, string> = {
  NEWS_ARTICLE: 'N',
  PRESS_RELEASE: 'N',
  YEARBOOK_ENTRY: 'G',
  GOVERNMENT_REPORT: 'R',
  STATISTICAL_BULLETIN: 'R',
  WEB_PAGE: 'EB',
  OTHER: 'Z',
};

const CSL_TYPE: Record<SourceKind, string> = {
  NEWS_ARTICLE: 'article-newspaper',
  PRESS_RELEASE: 'article',
  YEARBOOK_ENTRY: 'entry',
  GOVERNMENT_REPORT: 'report',
  STATISTICAL_BULLETIN: 'report',
  WEB_PAGE: 'webpage',
  OTHER: 'document',
};

/** Authors as the byline lists them (王彩艳 杨敏, 王彩艳、杨敏). */
const authorsOf = (source: CitableSource) => (source.byline ?? '').split(/[\s、,，;；]+/u).filter(Boolean);

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function dateParts(date: Date, precision: DatePrecision): number[] {
  const parts = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  return parts.slice(0, precision === 'YEAR' ? 1 : precision === 'MONTH' ? 2 : 3);
}

/** The date the reference gives, and whether it is the editor's estimate. */
function issued(source: CitableSource): { parts: number[]; estimated: boolean } | null {
  if (source.statedDate && source.statedDatePrecision) {
    return { parts: dateParts(source.statedDate, source.statedDatePrecision), estimated: false };
  }
  if (source.estimatedDate && source.estimatedDatePrecision) {
    return { parts: dateParts(source.estimatedDate, source.estimatedDatePrecision), estimated: true };
  }
  return null;
}

const pad = (parts: number[]) =>
  parts.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')));

/** 王彩艳, 杨敏. 题名[N/OL]. 出版者, 2020-04[2024-03-15]. URL. (An inferred year goes in brackets.) */
export function gbt7714(source: CitableSource, options: CiteOptions): string {
  const authors = authorsOf(source);
  const date = issued(source);
  const year = date ? pad(date.parts).join('-') : '出版日期不详';
  const when = date && !date.estimated ? year : `[${year}]`;
  const title = options.figure ? `${source.title}：${options.figure}` : source.title;
  const page = options.page ? `: ${options.page}` : '';
  return [
    authors.length > 0 ? `${authors.join(', ')}. ` : '',
    `${title}[${GBT_TYPE[source.kind]}/OL]. `,
    `${source.publisher ?? '[出版者不详]'}, ${when}${page}[${isoDay(options.retrieved)}]. `,
    `${options.url}.`,
  ].join('');
}

const bibValue = (value: string) => value.replace(/[\\{}]/g, (c) => `\\${c}`);

export function bibtex(source: CitableSource, options: CiteOptions): string {
  const date = issued(source);
  const fields: Array<[string, string]> = [
    ['title', `{${bibValue(options.figure ? `${source.title}：${options.figure}` : source.title)}}`],
    ...(authorsOf(source).length > 0
      ? [['author', authorsOf(source).map(bibValue).join(' and ')] as [string, string]]
      : []),
    ...(source.publisher ? [['publisher', bibValue(source.publisher)] as [string, string]] : []),
    ...(date ? [['year', String(date.parts[0])] as [string, string]] : []),
    ...(date && date.parts[1] ? [['month', String(date.parts[1])] as [string, string]] : []),
    ...(options.page ? [['pages', String(options.page)] as [string, string]] : []),
    ['url', options.url],
    ['urldate', isoDay(options.retrieved)],
    ['language', source.language],
    ...(date?.estimated ? [['note', '日期为编辑估计'] as [string, string]] : []),
  ];
  const key = source.slug.replace(/-/g, '_');
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}`;
}

export function cslJson(source: CitableSource, options: CiteOptions): Record<string, unknown> {
  const date = issued(source);
  return {
    id: source.slug,
    type: CSL_TYPE[source.kind],
    title: options.figure ? `${source.title}：${options.figure}` : source.title,
    ...(authorsOf(source).length > 0 ? { author: authorsOf(source).map((literal) => ({ literal })) } : {}),
    ...(source.publisher ? { publisher: source.publisher } : {}),
    ...(date ? { issued: { 'date-parts': [date.parts], ...(date.estimated ? { circa: true } : {}) } } : {}),
    ...(options.page ? { page: String(options.page) } : {}),
    URL: options.url,
    accessed: { 'date-parts': [dateParts(options.retrieved, 'DAY')] },
    language: source.language,
  };
}
