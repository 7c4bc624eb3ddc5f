// Whether the period an editor gives a cited figure (2020, 2016/2020, 2020-H1, 2020-09-27 …) is the one its
// quote, the quote's sentence, paragraph or section heading states. Pure: text, span, claim and reference date
// in; a verdict naming the words that decided it out.
//
// Rules for the cases the text leaves open:
// - The nearest scope that states a period decides. It supports the claim when any of its period words fits
//   ("2020年…比2019年增长" supports 2020); it conflicts when all of them contradict it. Comparison bases
//   (比2019年, 较上年, 与2019年相比) are not what the figure is for, so they are no period words at all.
// - A year claim is fitted by the year, and by a day or month in it (an event dated 2020年9月 happened in 2020;
//   a stock at 年末/年底 is that year's); not by a half, quarter or year-to-date total, which is a part of the
//   year's flow. A month claim is fitted by a day in it. Other claims need their exact period.
// - Year-to-date totals (前三季度, 1—9月) have no Period kind of their own: they fit a claim of the quarter or
//   month they end with (前三季度 → 2020-Q3 or 2020-09), and are written so in `denotes`.
// - A calendar period containing a more precise claim (2020年 for a claim of 2020-05-19) neither supports nor
//   contradicts it: the next scope is looked at, and if none is more precise the period is absent.
//   A range of years containing a year claim contradicts it: a five-year total is not a year's figure.
// - Targets (到2026年, 拟于2021年, 2026年前) fit a claim of that year or of a range of years ending with it, and
//   count only in the quote and its sentence: a plan elsewhere in the paragraph is about something else.
// - Words that need a year (9月27日, 上半年, 年末, 去年, 今年) take the nearest written year before them in
//   their sentence, then in their paragraph, then the section heading's, then the reference date. 当年, 同年,
//   这一年 and 全年 mean the year the context speaks of (before or after them), never the reference date.
//   一年来 and 过去一年 are the year before the reference year (these documents review the year just ended);
//   五年来, 近五年 and 过去五年 the five years before it; 未来5年 the five years from it on; 2018年以来 and
//   自2016年9月运行以来 run from that year to the reference year.
// - Words whose year stays unknown might fit the claim: the scope holding them ends the search as absent,
//   never as a conflict found further off.
// - Bare years without 年 (2022江北嘴新金融峰会) and vague words (近年来) are not read.
import { formatPeriod, type Period, type PeriodKind } from '@/lib/dates/period';
import { itemAt } from './array-access';
import { parseChineseInteger } from './chinese-numerals';
import { isWhitespace } from './text-index';
import type { TextSpan } from './types';

export type PeriodEvidenceScope = 'quote' | 'sentence' | 'paragraph' | 'heading';

export type PeriodEvidence = {
  /** code point offsets into the document text */
  start: number;
  end: number;
  /** the words as written, e.g. "2020年", "去年", "十三五", "上半年" */
  text: string;
  scope: PeriodEvidenceScope;
  /**
   * the period these words denote, as compact text like formatPeriod gives: "2020", "2016/2020", "2020-H1",
   * "2020-09", "2020-09-27"; a span of days or months no Period kind has is "2020-09-27/2020-09-29"
   */
  denotes: string;
  /** how it was resolved when relative, e.g. "去年 = 文件日期 2021 年的上一年" */
  resolvedVia?: string;
};

export type PeriodCheck =
  | { ok: true; evidence: PeriodEvidence[] }
  | { ok: false; code: 'PERIOD_CONFLICT' | 'PERIOD_ABSENT'; message: string; evidence: PeriodEvidence[] };

/**
 * Checks `claimed` against the period words of the quote at `span`, then of its sentence, paragraph and
 * section heading. On success the evidence lists the supporting words, nearest scope first; on
 * PERIOD_CONFLICT the contradicting words of the deciding scope; on PERIOD_ABSENT the words that were too
 * coarse to confirm the claim (2020年 for a claimed day), if any.
 */
export function checkPeriod(
  text: string,
  span: { start: number; end: number },
  claimed: Period,
  options: { referenceDate?: Date | null } = {},
): PeriodCheck {
  const chars = Array.from(text);
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end < span.start) {
    throw new RangeError(`span ${span.start}..${span.end} is not a span`);
  }
  if (span.end > chars.length) {
    throw new RangeError(`span ${span.start}..${span.end} is not within the text (0..${chars.length})`);
  }
  const referenceTime = options.referenceDate?.getTime();
  const referenceYear =
    referenceTime === undefined || Number.isNaN(referenceTime) ? null : new Date(referenceTime).getUTCFullYear();

  const paragraphs = layoutParagraphs(chars);
  const scopes = scopesOf(chars, paragraphs, span);
  const readings = readScopes(chars, scopes, referenceYear);
  return judge(readings, scopes, claimed);
}

/**
 * The period words nearest a span that resolve to a period: those of the quote, else of its sentence,
 * paragraph or section heading; comparison bases left out. The fact desk proposes the first of them.
 */
export function suggestPeriods(
  text: string,
  span: { start: number; end: number },
  options: { referenceDate?: Date | null } = {},
): PeriodEvidence[] {
  const chars = Array.from(text);
  const referenceTime = options.referenceDate?.getTime();
  const referenceYear =
    referenceTime === undefined || Number.isNaN(referenceTime) ? null : new Date(referenceTime).getUTCFullYear();
  const scopes = scopesOf(chars, layoutParagraphs(chars), span);
  const readings = readScopes(chars, scopes, referenceYear);
  for (const { scope, span: scopeSpan } of scopes.list) {
    const here = readings.filter(
      (reading): reading is Reading & { denotation: Denotation } =>
        reading.denotation !== null &&
        contains(scopeSpan, reading.mention) &&
        scopes.list.find((each) => contains(each.span, reading.mention))?.scope === scope,
    );
    if (here.length > 0) return here.map((reading) => toEvidence({ reading, relation: 'supports', scope }));
  }
  return [];
}

// ——— Layout: paragraphs, sentences and headings of text laid out by hand or by OCR ———

type Paragraph = TextSpan & { lines: TextSpan[] };

/** Clause punctuation: a block with none of it is a list, a caption or a heading, not wrapped prose. */
const PROSE = /[，。；！？、]/u;
/** Last characters after which a block broken by a blank line does not go on in the next one. */
const BLOCK_END = new Set([...'。！？；;!?…：:—”’」』）)】》']);
const SENTENCE_END = new Set([...'。！？；;!?']);
const CLOSING = new Set([...'”’」』）)']);
const LIST_MARKS = new Set([...'●■◆▲•★']);
const MARKED_HEADING =
  /^(?:#{1,6}\s|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十百\d]+[章节篇部分]|【[^】]+】$)/u;
const INLINE_HEADING = /^【[^】\n]{1,30}】/u;

function sliceChars(chars: readonly string[], span: TextSpan): string {
  return chars.slice(span.start, span.end).join('');
}

function trimSpan(chars: readonly string[], span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && isWhitespace(itemAt(chars, start))) start += 1;
  while (end > start && isWhitespace(itemAt(chars, end - 1))) end -= 1;
  return { start, end };
}

function contains(outer: TextSpan, inner: TextSpan): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Blocks of lines separated by blank lines, joined again where prose runs on over the break: OCR'd
 * newspaper pages break paragraphs mid-sentence ("加强生\n\n态环境保护").
 */
function layoutParagraphs(chars: readonly string[]): Paragraph[] {
  const blocks: TextSpan[][] = [];
  let block: TextSpan[] = [];
  let lineStart = 0;
  for (let i = 0; i <= chars.length; i += 1) {
    if (i < chars.length && chars[i] !== '\n') continue;
    const line = trimSpan(chars, { start: lineStart, end: i });
    if (line.end > line.start) {
      block.push(line);
    } else if (block.length > 0) {
      blocks.push(block);
      block = [];
    }
    lineStart = i + 1;
  }
  if (block.length > 0) blocks.push(block);

  const paragraphs: Paragraph[] = [];
  let previous: TextSpan[] | undefined;
  for (const lines of blocks) {
    const first = itemAt(lines, 0);
    const last = itemAt(lines, lines.length - 1);
    const open = paragraphs.at(-1);
    if (open && previous && runsOn(chars, previous) && !MARKED_HEADING.test(sliceChars(chars, first))) {
      open.lines.push(...lines);
      open.end = last.end;
    } else {
      paragraphs.push({ start: first.start, end: last.end, lines: [...lines] });
    }
    previous = lines;
  }
  return paragraphs;
}

function runsOn(chars: readonly string[], lines: TextSpan[]): boolean {
  const text = sliceChars(chars, { start: itemAt(lines, 0).start, end: itemAt(lines, lines.length - 1).end });
  const lastChar = [...text].at(-1) ?? '';
  return PROSE.test(text) && !BLOCK_END.has(lastChar) && !(lines.length === 1 && MARKED_HEADING.test(text));
}

/** Single-line paragraphs that read as headings, and 【…】 labels opening a paragraph (yearbook entries). */
function findHeadings(chars: readonly string[], paragraphs: Paragraph[]): TextSpan[] {
  const headings: TextSpan[] = [];
  for (const paragraph of paragraphs) {
    const text = sliceChars(chars, paragraph);
    const inline = INLINE_HEADING.exec(text);
    const length = paragraph.end - paragraph.start;
    if (inline && [...inline[0]].length < length) {
      headings.push({ start: paragraph.start, end: paragraph.start + [...inline[0]].length });
    } else if (paragraph.lines.length === 1 && isHeadingLine(text, length)) {
      headings.push({ start: paragraph.start, end: paragraph.end });
    }
  }
  return headings;
}

function isHeadingLine(text: string, length: number): boolean {
  if (LIST_MARKS.has([...text][0] ?? '')) return false;
  if (MARKED_HEADING.test(text)) return length <= 60 && !/[。！？]/u.test(text);
  return length <= 40 && !/[。！？；;!?]/u.test(text) && !/[，,、：:]$/u.test(text);
}

/**
 * Sentences end at 。！？；, at …… closing a line, before a list mark (●) and after an opening 【…】 label.
 * Line breaks end sentences only where the paragraph is not wrapped prose (lists, infographics).
 */
function sentencesOf(chars: readonly string[], paragraph: Paragraph): TextSpan[] {
  const splitLines = !PROSE.test(sliceChars(chars, paragraph));
  const label = INLINE_HEADING.exec(sliceChars(chars, paragraph));
  const labelEnd = label ? paragraph.start + [...label[0]].length : -1;
  const sentences: TextSpan[] = [];
  let start = paragraph.start;
  const close = (end: number) => {
    const sentence = trimSpan(chars, { start, end });
    if (sentence.end > sentence.start) sentences.push(sentence);
    start = end;
  };
  for (let i = paragraph.start; i < paragraph.end; i += 1) {
    const char = itemAt(chars, i);
    if (LIST_MARKS.has(char) && i > start) close(i);
    if (SENTENCE_END.has(char)) {
      let end = i + 1;
      while (end < paragraph.end && CLOSING.has(itemAt(chars, end))) end += 1;
      close(end);
      i = end - 1;
    } else if (char === '…' && chars[i - 1] === '…' && (i + 1 === paragraph.end || chars[i + 1] === '\n')) {
      close(i + 1);
    } else if (i + 1 === labelEnd || (splitLines && char === '\n')) {
      close(i + 1);
    }
  }
  close(paragraph.end);
  return sentences;
}

type Scope = { scope: PeriodEvidenceScope; span: TextSpan };
type Scopes = { list: Scope[]; sentences: TextSpan[]; paragraph: TextSpan; heading: TextSpan | null };

function scopesOf(chars: readonly string[], paragraphs: Paragraph[], span: TextSpan): Scopes {
  // An empty span still sits in a sentence: look at the character it points to.
  const reach = Math.max(span.end, span.start + 1);
  const covering = paragraphs.filter((paragraph) => paragraph.start < reach && paragraph.end > span.start);
  const firstParagraph = covering.at(0);
  const lastParagraph = covering.at(-1);
  const paragraph =
    firstParagraph && lastParagraph
      ? { start: Math.min(firstParagraph.start, span.start), end: Math.max(lastParagraph.end, span.end) }
      : span;
  const sentences = covering.flatMap((each) => sentencesOf(chars, each));
  const touched = sentences.filter((sentence) => sentence.start < reach && sentence.end > span.start);
  const sentence = {
    start: Math.min(touched.at(0)?.start ?? span.start, span.start),
    end: Math.max(touched.at(-1)?.end ?? span.end, span.end),
  };
  const heading = findHeadings(chars, paragraphs).findLast((candidate) => candidate.end <= span.start) ?? null;
  const list: Scope[] = [
    { scope: 'quote', span },
    { scope: 'sentence', span: sentence },
    { scope: 'paragraph', span: paragraph },
  ];
  if (heading) list.push({ scope: 'heading', span: heading });
  return { list, sentences, paragraph, heading };
}

// ——— Period words ———

type YearSource =
  | { kind: 'written'; year: number }
  /** 去年 −1, 今年 0, 明年 +1: relative to the context's year, else to the reference year. */
  | { kind: 'deictic'; offset: number }
  /** 当年, 同年, 这一年, 全年: the year the context speaks of. */
  | { kind: 'anaphoric' }
  /** 9月, 上半年, 年末 written without a year. */
  | { kind: 'implied' };

type Within =
  | { kind: 'year' }
  | { kind: 'half'; half: 1 | 2 }
  | { kind: 'quarter'; quarter: number }
  | { kind: 'months'; from: number; to: number }
  | { kind: 'days'; month: number; from: number; to: number }
  | { kind: 'yearEnd' }
  | { kind: 'yearStart' }
  | { kind: 'monthEnd'; month: number };

type Form =
  | { kind: 'dated'; year: YearSource; within: Within; role: 'plain' | 'since' | 'target' }
  | { kind: 'years'; from: number; to: number; plan?: string }
  /** 五年来: the `count` years before the reference year. */
  | { kind: 'recentYears'; count: number }
  /** 未来5年: `count` years from the reference year on. */
  | { kind: 'comingYears'; count: number };

type Mention = TextSpan & { text: string; form: Form };

const DASH = '[—–－\\-~～至到]';
const ARABIC_YEAR = '(?<![\\d.．])(?:1[89]|20)\\d\\d(?!\\d)';
const CHINESE_YEAR = '(?<![〇○零一二三四五六七八九十])[〇○零一二三四五六七八九]{4}';
const MONTH = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
const DAY = '(?:3[01]|[12]\\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';
const COUNT = '(?<count>[一二三四五六七八九十]{1,2}|\\d{1,2})';
const AFTER_NO_NUMERAL = '(?<![\\d.〇○零一二三四五六七八九十百千万两])';
const WITHIN =
  `(?:(?<half>[上下])半年|(?<toDate>前三季度)|第?(?<quarter>[一二三四1-4])季度` +
  `|(?<fromMonth>${MONTH})月?份?${DASH}(?<toMonth>${MONTH})月份?` +
  `|(?<month>${MONTH})月份?(?:(?<fromDay>${DAY})[日号]?${DASH}(?<toDay>${DAY})[日号]|(?<day>${DAY})[日号]|(?<monthEdge>[底末]))?)`;
const YEAR_EDGE = '(?<edge>[底末初])';

type Groups = Record<string, string | undefined>;
type Around = { before: string; after: string };
/** How many letters before or after the match belong to the words (到 of 到2026年, 运行以来 of 自2016年9月运行以来). */
type Extension = { extendBefore: number; extendAfter: number };
type Found = ({ form: Form } & Partial<Extension>) | null;
type Matcher = { pattern: RegExp; read: (groups: Groups, around: Around) => Found };

const sticky = (source: string) => new RegExp(source, 'uy');

const MATCHERS: Matcher[] = [
  {
    // “十三五”时期: the five-year plans, 十一五 (2006—2010) to 十五五 (2026—2030).
    pattern: sticky(
      '(?<![〇零一二三四五六七八九十百千两])[“"「]?十(?<plan>[一二三四五])五[”"」]?(?:时期|期间|规划期|规划)?',
    ),
    read: (groups) => {
      const plan = groups.plan ?? '一';
      const from = 2006 + '一二三四五'.indexOf(plan) * 5;
      return { form: { kind: 'years', from, to: from + 4, plan: `十${plan}五` } };
    },
  },
  {
    pattern: sticky(`(?<from>${ARABIC_YEAR})年?度?${DASH}(?<to>(?:1[89]|20)\\d\\d)年度?`),
    read: (groups) => {
      const from = Number(groups.from);
      const to = Number(groups.to);
      return to > from ? { form: { kind: 'years', from, to } } : null;
    },
  },
  {
    pattern: sticky(
      `(?:(?<arabic>${ARABIC_YEAR})|(?<chinese>${CHINESE_YEAR}))年度?(?:${WITHIN}|${YEAR_EDGE}|全年)?(?<since>以来)?`,
    ),
    read: (groups, around) => {
      if (isComparisonBase(around)) return null;
      const year = groups.arabic ? Number(groups.arabic) : Number(parseChineseInteger([...(groups.chinese ?? '')]));
      const within = readWithin(groups);
      if (within === null) return null;
      const dated = (role: 'plain' | 'since' | 'target', extend: Partial<Extension> = {}): Found => ({
        form: { kind: 'dated', year: { kind: 'written', year }, within, role },
        ...extend,
      });
      if (groups.since) return dated('since');
      // 自2016年9月运行以来: a since-phrase with words between the date and its 以来.
      const sinceLater = /[自从]$/u.test(around.before) ? /^[^，。；、,;：:！？]{1,8}?以来/u.exec(around.after) : null;
      if (sinceLater) return dated('since', { extendAfter: [...sinceLater[0]].length });
      if (within.kind !== 'year') return dated('plain');
      // 到2026年， / 拟于2021年 / 2026年前 are targets; 截至2020年 and 增长到2020年的… are plain dates.
      const planned = /(?:拟于|将于|计划于|计划在|拟在)$/u.exec(around.before);
      if (planned) return dated('target', { extendBefore: [...planned[0]].length });
      const byTarget = /[到至]$/u.test(around.before) && !/(?:截|截止)[到至]$/u.test(around.before);
      if (byTarget && !/^[的之]/u.test(around.after)) return dated('target', { extendBefore: 1 });
      if (/^前(?!后)/u.test(around.after)) return dated('target', { extendAfter: 1 });
      return dated('plain');
    },
  },
  {
    pattern: sticky(
      `(?<word>去年|上年|前年|今年|本年|明年|(?<![相应])当年|(?<![不相共])同年|这一年|全年)(?![龄纪级轻])` +
        `(?:${WITHIN}|${YEAR_EDGE})?(?<since>以来)?`,
    ),
    read: (groups, around) => {
      if (isComparisonBase(around)) return null;
      const within = readWithin(groups);
      if (within === null) return null;
      const word = groups.word ?? '';
      const offset = DEICTIC_OFFSETS.get(word);
      const year: YearSource = offset === undefined ? { kind: 'anaphoric' } : { kind: 'deictic', offset };
      return { form: { kind: 'dated', year, within, role: groups.since ? 'since' : 'plain' } };
    },
  },
  { pattern: sticky(`${AFTER_NO_NUMERAL}${WITHIN}(?<since>以来)?`), read: readYearless },
  { pattern: sticky(`(?<![\\d〇○零一二三四五六七八九十近])年${YEAR_EDGE}`), read: readYearless },
  {
    pattern: sticky(`${AFTER_NO_NUMERAL}${COUNT}年来`),
    read: (groups) => readCount(groups, (count) => ({ kind: 'recentYears', count })),
  },
  {
    pattern: sticky(`(?:近|过去的?)${COUNT}年(?:来|间|里)?`),
    read: (groups) => readCount(groups, (count) => ({ kind: 'recentYears', count })),
  },
  {
    pattern: sticky(`(?:未来|今后)的?${COUNT}年`),
    read: (groups) => readCount(groups, (count) => ({ kind: 'comingYears', count })),
  },
];

const DEICTIC_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['前年', -2],
  ['去年', -1],
  ['上年', -1],
  ['今年', 0],
  ['本年', 0],
  ['明年', 1],
]);

/** 9月27日, 上半年, 年末 written without a year. */
function readYearless(groups: Groups, around: Around): Found {
  const within = readWithin(groups);
  if (within === null || isComparisonBase(around)) return null;
  return { form: { kind: 'dated', year: { kind: 'implied' }, within, role: groups.since ? 'since' : 'plain' } };
}

/** 比2019年, 较上年, 与2019年相比: what the figure is compared with, not its own period. */
function isComparisonBase({ before, after }: Around): boolean {
  return /[比较]$/u.test(before) || (/[与和同跟]$/u.test(before) && /^(?:同期)?(?:相比|比较)/u.test(after));
}

function numberOf(text: string): number {
  return /^\d+$/u.test(text) ? Number(text) : Number(parseChineseInteger([...text]) ?? Number.NaN);
}

function readCount(groups: Groups, form: (count: number) => Form): Found {
  const count = numberOf(groups.count ?? '');
  return count >= 1 && count <= 20 ? { form: form(count) } : null;
}

/** The part of a year the groups name; null when it is no date (13月, 9月31日). */
function readWithin(groups: Groups): Within | null {
  if (groups.half) return { kind: 'half', half: groups.half === '上' ? 1 : 2 };
  if (groups.toDate) return { kind: 'months', from: 1, to: 9 };
  if (groups.quarter) return { kind: 'quarter', quarter: numberOf(groups.quarter) };
  if (groups.fromMonth && groups.toMonth) {
    const from = numberOf(groups.fromMonth);
    const to = numberOf(groups.toMonth);
    return isMonth(from) && isMonth(to) && to > from ? { kind: 'months', from, to } : null;
  }
  if (groups.month) {
    const month = numberOf(groups.month);
    if (!isMonth(month)) return null;
    if (groups.monthEdge) return { kind: 'monthEnd', month };
    const from = groups.day ?? groups.fromDay;
    if (from === undefined) return { kind: 'months', from: month, to: month };
    const days = { kind: 'days' as const, month, from: numberOf(from), to: numberOf(groups.toDay ?? from) };
    // Leap-year neutral: 2月29日 is checked once its year is known.
    return days.to >= days.from && days.to <= daysInMonth(2000, month) ? days : null;
  }
  if (groups.edge) return groups.edge === '初' ? { kind: 'yearStart' } : { kind: 'yearEnd' };
  return { kind: 'year' };
}

function isMonth(month: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Every period word of a span of the text, found in it with whitespace (line breaks) removed. */
function scanMentions(chars: readonly string[], region: TextSpan): Mention[] {
  const kept: number[] = [];
  for (let i = region.start; i < region.end; i += 1) {
    if (!isWhitespace(itemAt(chars, i))) kept.push(i);
  }
  const letters = kept.map((origin) => itemAt(chars, origin));
  const unitOf: number[] = [];
  const letterAtUnit = new Map<number, number>();
  let unit = 0;
  letters.forEach((letter, index) => {
    unitOf.push(unit);
    letterAtUnit.set(unit, index);
    unit += letter.length;
  });
  letterAtUnit.set(unit, letters.length);
  const stripped = letters.join('');

  const mentions: Mention[] = [];
  let at = 0;
  while (at < letters.length) {
    const next = matchAt(stripped, itemAt(unitOf, at), letters, at, letterAtUnit);
    if (next === null) {
      at += 1;
      continue;
    }
    if (next.found) {
      const from = Math.max(0, next.from - (next.found.extendBefore ?? 0));
      const to = Math.min(letters.length, next.to + (next.found.extendAfter ?? 0));
      const start = itemAt(kept, from);
      const end = itemAt(kept, to - 1) + 1;
      mentions.push({ start, end, text: chars.slice(start, end).join(''), form: next.found.form });
    }
    at = Math.max(next.to, at + 1);
  }
  return mentions;
}

function matchAt(
  stripped: string,
  unit: number,
  letters: readonly string[],
  at: number,
  letterAtUnit: ReadonlyMap<number, number>,
): { from: number; to: number; found: Found } | null {
  for (const { pattern, read } of MATCHERS) {
    pattern.lastIndex = unit;
    const match = pattern.exec(stripped);
    if (!match || match[0] === '') continue;
    const to = letterAtUnit.get(pattern.lastIndex) ?? letters.length;
    const around = {
      before: letters.slice(Math.max(0, at - 3), at).join(''),
      after: letters.slice(to, to + 12).join(''),
    };
    return { from: at, to, found: read(match.groups ?? {}, around) };
  }
  return null;
}

// ——— What the words denote ———

type Grain = PeriodKind | 'DAYS' | 'MONTHS' | 'YEAR_TO_DATE';

type Denotation = {
  start: Date;
  end: Date;
  grain: Grain;
  /** Compact form: formatPeriod's, or 2020-09-27/2020-09-29 for spans it has no kind for. */
  denotes: string;
  /** The period in words, for messages: 2020年上半年. */
  words: string;
  target: boolean;
};

type Reading = {
  mention: Mention;
  /** Null when the year it needs is not known. */
  denotation: Denotation | null;
  resolvedVia?: string;
  /** Why the year is what it is, for messages: 按文件日期 2021 年. */
  basis?: string;
  /** Why no year could be found, when denotation is null. */
  missing?: string;
};

type YearAnchor = { year: number; phrase: string; basis: string };

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const CHINESE_ORDINALS = ['一', '二', '三', '四'];

function calendar(kind: PeriodKind, start: Date, end: Date): Denotation {
  return {
    start,
    end,
    grain: kind,
    denotes: formatPeriod({ kind, start, end }),
    words: periodWords(kind, start, end),
    target: false,
  };
}

/** 2020年, 2016—2020年, 2020年上半年, 2020年第三季度, 2020年9月, 2020年9月27日. */
function periodWords(kind: PeriodKind, start: Date, end: Date): string {
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth() + 1;
  switch (kind) {
    case 'YEAR':
      return `${year}年`;
    case 'YEAR_RANGE':
      return `${year}—${end.getUTCFullYear()}年`;
    case 'HALF_YEAR':
      return `${year}年${month <= 6 ? '上' : '下'}半年`;
    case 'QUARTER':
      return `${year}年第${CHINESE_ORDINALS[Math.floor((month - 1) / 3)] ?? ''}季度`;
    case 'MONTH':
      return `${year}年${month}月`;
    case 'DAY':
      return `${year}年${month}月${start.getUTCDate()}日`;
  }
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function denoteWithin(year: number, within: Within): Denotation | null {
  switch (within.kind) {
    case 'year':
      return calendar('YEAR', utc(year, 1, 1), utc(year, 12, 31));
    case 'half':
      return calendar('HALF_YEAR', utc(year, within.half * 6 - 5, 1), utc(year, within.half * 6 + 1, 0));
    case 'quarter':
      return calendar('QUARTER', utc(year, within.quarter * 3 - 2, 1), utc(year, within.quarter * 3 + 1, 0));
    case 'months':
      return denoteMonths(year, within.from, within.to);
    case 'days': {
      if (within.to > daysInMonth(year, within.month)) return null;
      const start = utc(year, within.month, within.from);
      const end = utc(year, within.month, within.to);
      if (within.from === within.to) return calendar('DAY', start, end);
      const words = `${year}年${within.month}月${within.from}—${within.to}日`;
      return { start, end, grain: 'DAYS', denotes: `${isoDay(start)}/${isoDay(end)}`, words, target: false };
    }
    case 'yearEnd':
      return { ...calendar('DAY', utc(year, 12, 31), utc(year, 12, 31)), words: `${year}年末` };
    case 'yearStart':
      return { ...calendar('DAY', utc(year, 1, 1), utc(year, 1, 1)), words: `${year}年初` };
    case 'monthEnd': {
      const last = utc(year, within.month + 1, 0);
      return { ...calendar('DAY', last, last), words: `${year}年${within.month}月末` };
    }
  }
}

function denoteMonths(year: number, from: number, to: number): Denotation {
  const start = utc(year, from, 1);
  const end = utc(year, to + 1, 0);
  if (from === to) return calendar('MONTH', start, end);
  if (from === 1 && to === 12) return calendar('YEAR', start, end);
  if (to - from === 5 && (from === 1 || from === 7)) return calendar('HALF_YEAR', start, end);
  if (to - from === 2 && from % 3 === 1) return calendar('QUARTER', start, end);
  const words = `${year}年${from}—${to}月`;
  if (from !== 1) {
    const denotes = `${isoDay(start).slice(0, 7)}/${isoDay(end).slice(0, 7)}`;
    return { start, end, grain: 'MONTHS', denotes, words, target: false };
  }
  // A year-to-date total is claimed as the quarter or month it ends with.
  const endsQuarter = to % 3 === 0;
  const claimedAs = endsQuarter ? utc(year, to - 2, 1) : utc(year, to, 1);
  const denotes = formatPeriod({ kind: endsQuarter ? 'QUARTER' : 'MONTH', start: claimedAs, end });
  return { start, end, grain: 'YEAR_TO_DATE', denotes, words, target: false };
}

function denoteYears(from: number, to: number): Denotation {
  return from === to
    ? calendar('YEAR', utc(from, 1, 1), utc(to, 12, 31))
    : calendar('YEAR_RANGE', utc(from, 1, 1), utc(to, 12, 31));
}

function compact(text: string): string {
  return [...text].filter((char) => !isWhitespace(char)).join('');
}

function offsetPhrase(offset: number): string {
  if (offset === 0) return '';
  if (offset === -1) return '的上一年';
  if (offset === 1) return '的下一年';
  return offset < 0 ? `往前 ${-offset} 年` : `往后 ${offset} 年`;
}

/** A year written out in the text (2020年, 2020年1月), which the words around it may take theirs from. */
type Anchor = { mention: Mention; year: number };

type ReadContext = {
  anchors: Anchor[];
  sentences: TextSpan[];
  paragraph: TextSpan;
  headingAnchors: Anchor[];
  referenceYear: number | null;
};

function anchorsAmong(mentions: Mention[]): Anchor[] {
  return mentions.flatMap((mention) => {
    const { form } = mention;
    if (form.kind !== 'dated' || form.year.kind !== 'written' || form.role !== 'plain') return [];
    return [{ mention, year: form.year.year }];
  });
}

/**
 * The written year nearest before a mention in its sentence, then in its paragraph, then the heading's. Only
 * 当年/全年 also look ahead ("全年新引进…；举办2020年…"): a month or 去年 before a year rarely depends on it
 * ("3月底召开的两会…：极不寻常的2020年").
 */
function contextYear(mention: Mention, context: ReadContext, lookAhead: boolean): YearAnchor | null {
  const sentence = context.sentences.find((each) => each.start <= mention.start && mention.start < each.end);
  const places: Array<[TextSpan | undefined, string]> = [
    [sentence, '同句'],
    [context.paragraph, '同段'],
  ];
  for (const [place, where] of places) {
    if (!place) continue;
    const inPlace = context.anchors.filter((anchor) => contains(place, anchor.mention));
    const before = inPlace.filter((anchor) => anchor.mention.end <= mention.start).at(-1);
    const after = lookAhead ? inPlace.find((anchor) => anchor.mention.start >= mention.end) : undefined;
    const chosen = before ?? after;
    if (chosen) return anchorOf(chosen, where);
  }
  const heading = context.headingAnchors.at(0);
  return heading ? anchorOf(heading, '小节标题') : null;
}

function anchorOf({ mention, year }: Anchor, where: string): YearAnchor {
  const words = compact(mention.text);
  return { year, phrase: `${where}“${words}”`, basis: `按${where}“${words}”` };
}

function referenceAnchor(referenceYear: number | null): YearAnchor | null {
  return referenceYear === null
    ? null
    : { year: referenceYear, phrase: `文件日期 ${referenceYear} 年`, basis: `按文件日期 ${referenceYear} 年` };
}

const NO_YEAR = '上下文没有写明年份';
const NO_REFERENCE = '未给出文件日期';

function readMention(mention: Mention, context: ReadContext): Reading {
  const { form } = mention;
  const words = compact(mention.text);
  const reference = referenceAnchor(context.referenceYear);
  switch (form.kind) {
    case 'years': {
      const denotation = denoteYears(form.from, form.to);
      return form.plan
        ? { mention, denotation, resolvedVia: `${form.plan} = 五年规划时期 ${form.from}—${form.to} 年` }
        : { mention, denotation };
    }
    case 'recentYears':
    case 'comingYears': {
      if (!reference) return { mention, denotation: null, missing: NO_REFERENCE };
      const recent = form.kind === 'recentYears';
      const from = recent ? reference.year - form.count : reference.year;
      const denotation = denoteYears(from, from + form.count - 1);
      const resolvedVia = recent
        ? `${words} = ${reference.phrase}之前的 ${form.count} 年`
        : `${words} = ${reference.phrase}起的 ${form.count} 年`;
      return { mention, denotation, resolvedVia, basis: reference.basis };
    }
    case 'dated':
      return readDated(mention, form, words, context, reference);
  }
}

function readDated(
  mention: Mention,
  form: Extract<Form, { kind: 'dated' }>,
  words: string,
  context: ReadContext,
  reference: YearAnchor | null,
): Reading {
  const source = form.year;
  let year: number;
  let resolvedVia: string | undefined;
  let basis: string | undefined;
  if (source.kind === 'written') {
    year = source.year;
  } else {
    const anaphoric = source.kind === 'anaphoric';
    const anchor = contextYear(mention, context, anaphoric) ?? (anaphoric ? null : reference);
    if (!anchor) {
      const missing = anaphoric || reference ? NO_YEAR : `${NO_YEAR}，也${NO_REFERENCE}`;
      return { mention, denotation: null, missing };
    }
    const offset = source.kind === 'deictic' ? source.offset : 0;
    year = anchor.year + offset;
    resolvedVia =
      source.kind === 'deictic'
        ? `${words} = ${anchor.phrase}${offsetPhrase(offset)}`
        : `${words}：年份取自${anchor.phrase}`;
    basis = anchor.basis;
  }

  if (form.role === 'since') {
    if (!reference) return { mention, denotation: null, missing: NO_REFERENCE };
    if (reference.year < year) return { mention, denotation: null, missing: `晚于文件日期 ${reference.year} 年` };
    const since = `${words} = 自 ${year} 年至${reference.phrase}`;
    return {
      mention,
      denotation: denoteYears(year, reference.year),
      resolvedVia: resolvedVia ? `${resolvedVia}；${since}` : since,
      basis: reference.basis,
    };
  }
  const denotation = denoteWithin(year, form.within);
  if (!denotation) return { mention, denotation: null, missing: '不是有效日期' };
  if (form.role === 'target') {
    return {
      mention,
      denotation: { ...denotation, target: true },
      resolvedVia: `${words} = 目标年份 ${year} 年`,
      basis: '目标年份',
    };
  }
  if (denotation.grain === 'YEAR_TO_DATE') {
    const toDate = `${denotation.words}累计，按 ${denotation.denotes} 核对`;
    resolvedVia = resolvedVia ? `${resolvedVia}；${toDate}` : toDate;
  }
  return { mention, denotation, resolvedVia, basis };
}

function readScopes(chars: readonly string[], scopes: Scopes, referenceYear: number | null): Reading[] {
  const { heading, paragraph, sentences } = scopes;
  const headingMentions = heading && !contains(paragraph, heading) ? scanMentions(chars, heading) : [];
  const paragraphMentions = scanMentions(chars, paragraph);
  const anchors = anchorsAmong(paragraphMentions);
  // A 【…】 label lies inside its paragraph; a heading line is read on its own.
  const headingAnchors = heading
    ? [...anchorsAmong(headingMentions), ...anchors].filter((anchor) => contains(heading, anchor.mention))
    : [];
  const inParagraph: ReadContext = { anchors, sentences, paragraph, headingAnchors, referenceYear };
  const inHeading: ReadContext = {
    anchors: anchorsAmong(headingMentions),
    sentences: heading ? [heading] : [],
    paragraph: heading ?? paragraph,
    headingAnchors: [],
    referenceYear,
  };
  return [
    ...headingMentions.map((mention) => readMention(mention, inHeading)),
    ...paragraphMentions.map((mention) => readMention(mention, inParagraph)),
  ];
}

// ——— The verdict ———

type Relation = 'supports' | 'coarser' | 'conflicts';

const EVENT_GRAINS: ReadonlySet<Grain> = new Set(['DAY', 'DAYS', 'MONTH']);
const CALENDAR_GRAINS: ReadonlySet<Grain> = new Set(['YEAR', 'HALF_YEAR', 'QUARTER', 'MONTH', 'DAYS']);

function relate(claim: Period, denotation: Denotation): Relation {
  const claimStart = claim.start.getTime();
  const claimEnd = claim.end.getTime();
  const start = denotation.start.getTime();
  const end = denotation.end.getTime();
  if (denotation.target) {
    const targetYear = denotation.start.getUTCFullYear();
    const fits =
      (claim.kind === 'YEAR' && claim.start.getUTCFullYear() === targetYear) ||
      (claim.kind === 'YEAR_RANGE' && claim.end.getUTCFullYear() === targetYear);
    return fits ? 'supports' : 'conflicts';
  }
  if (start === claimStart && end === claimEnd) return 'supports';
  if (
    denotation.grain === 'YEAR_TO_DATE' &&
    end === claimEnd &&
    (claim.kind === 'QUARTER' || claim.kind === 'MONTH') &&
    claim.start.getUTCFullYear() === denotation.start.getUTCFullYear()
  ) {
    return 'supports';
  }
  const inside = claimStart <= start && end <= claimEnd;
  if (inside && claim.kind === 'YEAR' && EVENT_GRAINS.has(denotation.grain)) return 'supports';
  if (inside && claim.kind === 'MONTH' && (denotation.grain === 'DAY' || denotation.grain === 'DAYS'))
    return 'supports';
  const around = start <= claimStart && claimEnd <= end;
  return around && CALENDAR_GRAINS.has(denotation.grain) ? 'coarser' : 'conflicts';
}

const SCOPE_WORDS: Record<PeriodEvidenceScope, string> = {
  quote: '引文本身',
  sentence: '引文所在句子',
  paragraph: '引文所在段落',
  heading: '引文所在小节的标题',
};

type Judged = { reading: Reading & { denotation: Denotation }; relation: Relation; scope: PeriodEvidenceScope };

function judge(readings: Reading[], scopes: Scopes, claimed: Period): PeriodCheck {
  const narrowest = (reading: Reading) =>
    scopes.list.find((scope) => contains(scope.span, reading.mention))?.scope ?? null;
  const judged: Judged[] = [];
  for (const reading of readings) {
    const scope = narrowest(reading);
    // A target speaks for its own clause: 拟于2021年 elsewhere in the paragraph says nothing of this figure.
    const targetFarOff = reading.denotation?.target && scope !== 'quote' && scope !== 'sentence';
    if (reading.denotation && scope && !targetFarOff) {
      judged.push({
        reading: { ...reading, denotation: reading.denotation },
        relation: relate(claimed, reading.denotation),
        scope,
      });
    }
  }
  const order = scopes.list.map((scope) => scope.scope);
  const byScope = (a: Judged, b: Judged) =>
    order.indexOf(a.scope) - order.indexOf(b.scope) || a.reading.mention.start - b.reading.mention.start;
  judged.sort(byScope);
  const claimWords = periodWords(claimed.kind, claimed.start, claimed.end);

  const unresolved = readings.filter((reading) => reading.denotation === null && narrowest(reading) !== null);
  let looked = 0;
  for (const { scope, span } of scopes.list) {
    looked += 1;
    const here = judged.filter((each) => contains(span, each.reading.mention));
    if (here.some((each) => each.relation === 'supports')) {
      const evidence = judged.filter((each) => each.relation === 'supports').map(toEvidence);
      return { ok: true, evidence };
    }
    // Words whose year is unknown might fit the claim: they stop the search without a conflict, since
    // years further off are no better a reading of them.
    if (unresolved.some((reading) => contains(span, reading.mention))) break;
    if (here.length > 0 && here.every((each) => each.relation === 'conflicts')) {
      const found = here.map((each) => describe(each.reading)).join('、');
      return {
        ok: false,
        code: 'PERIOD_CONFLICT',
        message: `${SCOPE_WORDS[scope]}说的是 ${found}，而观测值的时期是 ${claimWords}`,
        evidence: here.map(toEvidence),
      };
    }
  }

  const lookedAt = new Set(order.slice(0, looked));
  const coarser = judged.filter((each) => each.relation === 'coarser' && lookedAt.has(each.scope));
  const notes = [
    coarser.length > 0
      ? `只写到 ${coarser.map((each) => describe(each.reading)).join('、')}，不足以确定 ${claimWords}`
      : null,
    ...unresolved
      .filter((reading) => lookedAt.has(narrowest(reading) ?? 'quote'))
      .map((reading) => `${quoted(compact(reading.mention.text))}无法确定时期（${reading.missing ?? NO_YEAR}）`),
  ].filter((note) => note !== null);
  return {
    ok: false,
    code: 'PERIOD_ABSENT',
    message: [`引文及其上下文（句子、段落、小节标题）中找不到时期 ${claimWords} 的依据`, ...notes].join('；'),
    evidence: coarser.map(toEvidence),
  };
}

function describe(reading: Reading & { denotation: Denotation }): string {
  const words = compact(reading.mention.text);
  const notes = [words === reading.denotation.words ? null : quoted(words), reading.basis ?? null].filter(
    (note) => note !== null,
  );
  return notes.length > 0 ? `${reading.denotation.words}（${notes.join('，')}）` : reading.denotation.words;
}

/** “去年”, but “十三五”时期 as it is: the words may bring their own quotation marks. */
function quoted(words: string): string {
  return /^[“"「]/u.test(words) ? words : `“${words}”`;
}

function toEvidence({ reading, scope }: Judged): PeriodEvidence {
  const { mention, denotation, resolvedVia } = reading;
  return {
    start: mention.start,
    end: mention.end,
    text: mention.text,
    scope,
    denotes: denotation.denotes,
    ...(resolvedVia === undefined ? {} : { resolvedVia }),
  };
}
