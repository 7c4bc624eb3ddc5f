// What a quote says, read by rules so that a form can open filled in: its figures with their units
// and qualifiers (超、近、约、以上、左右), its growth rate, its rank statement, the period or date
// of its context, and the names it lists. The editor checks every field before saving.
import { extractNumbers, type NumberToken } from '@/lib/citations';
import { suggestPeriods, type PeriodEvidence } from '@/lib/citations/period-check';
import type { ValueQualifier } from '@/lib/generated/prisma/enums';
import { readRank, type StatedRank } from '@/lib/records/metric/rank';
import { findNames, type NameMention } from './statements';

export type FigurePrefill = { text: string; value: string; unit: string; qualifier: ValueQualifier };
export type QuotePrefill = {
  figures: FigurePrefill[];
  growthRate: { value: string; qualifier: ValueQualifier } | null;
  rank: StatedRank | null;
  /** Nearest period words first, e.g. { text: '10月11日', denotes: '2020-10-11' }. */
  periods: PeriodEvidence[];
  names: NameMention[];
};

const QUALIFIER_BEFORE: ReadonlyArray<[string, ValueQualifier]> = [
  ['超过', 'OVER'],
  ['突破', 'OVER'],
  ['超', 'OVER'],
  ['逾', 'OVER'],
  // 近 as the dataset records it (the ValueQualifier comment: 左右/近/约 → ABOUT), not UNDER.
  ['将近', 'ABOUT'],
  ['接近', 'ABOUT'],
  ['近', 'ABOUT'],
  ['不到', 'UNDER'],
  ['大约', 'ABOUT'],
  ['约', 'ABOUT'],
];
const QUALIFIER_AFTER: ReadonlyArray<[string, ValueQualifier]> = [
  ['以上', 'OVER'],
  ['多', 'OVER'],
  ['余', 'OVER'],
  ['左右', 'ABOUT'],
  ['以下', 'UNDER'],
  ['以内', 'UNDER'],
];
const GROWTH_WORDS = /(?:同比)?(?:增长|增速为?|提高|上升|增加)了?$/u;
const DECLINE_WORDS = /(?:同比)?(?:下降|减少|回落)了?$/u;
const DATE_UNITS = new Set(['年', '月', '日', '季度']);

function qualifierOf(text: string, token: NumberToken): ValueQualifier {
  const before = [...text]
    .slice(Math.max(0, token.start - 2), token.start)
    .join('')
    .replace(/\s/gu, '');
  const after = [...text]
    .slice(token.end, token.end + 8)
    .join('')
    .replace(/\s/gu, '');
  const unit = token.unit ?? '';
  const afterUnit = after.startsWith(unit) ? after.slice(unit.length) : after;
  const inUnit = /[余多]/u.test(unit) ? 'OVER' : null;
  return (
    QUALIFIER_BEFORE.find(([word]) => before.endsWith(word))?.[1] ??
    inUnit ??
    QUALIFIER_AFTER.find(([word]) => afterUnit.startsWith(word))?.[1] ??
    'EXACT'
  );
}

/** The unit as a form wants it: 万余人 → 万人 (the 余 is the qualifier). */
function plainUnit(unit: string | undefined): string {
  return (unit ?? '').replace(/[余多]/gu, '').replace('％', '%');
}

function isDatePart(token: NumberToken): boolean {
  return token.unit !== undefined && DATE_UNITS.has(token.unit);
}

/** Reads the quote at `span` of a document (whose context gives periods their year). */
export function prefillFromQuote(
  documentText: string,
  span: { start: number; end: number },
  options: { referenceDate?: Date | null } = {},
): QuotePrefill {
  const quote = [...documentText].slice(span.start, span.end).join('');
  const figures: FigurePrefill[] = [];
  let growthRate: QuotePrefill['growthRate'] = null;
  for (const token of extractNumbers(quote)) {
    if (isDatePart(token) || (!/[0-9０-９]/u.test(token.text) && token.unit === undefined)) continue;
    const lead = [...quote]
      .slice(Math.max(0, token.start - 6), token.start)
      .join('')
      .replace(/\s/gu, '');
    const qualifier = qualifierOf(quote, token);
    if (plainUnit(token.unit) === '%' && growthRate === null && (GROWTH_WORDS.test(lead) || DECLINE_WORDS.test(lead))) {
      growthRate = { value: DECLINE_WORDS.test(lead) ? `-${token.value}` : token.value, qualifier };
      continue;
    }
    figures.push({ text: token.text, value: token.value, unit: plainUnit(token.unit), qualifier });
  }
  return {
    figures,
    growthRate,
    rank: readRank(quote),
    periods: suggestPeriods(documentText, span, options),
    names: findNames(quote),
  };
}
