// Which figure of an observation a quote supports. A row such as "2020年 1325亿元 增长3.9%" is
// often cited by two quotes, one per number; the reader's marker must sit beside the number its
// quote contains, never beside another one.
import { findNumberInQuote } from './numbers';

export const CITED_FIELDS = ['value', 'growthRate', 'rankStatement'] as const;
export type CitedField = (typeof CITED_FIELDS)[number];

export const citedFieldLabel: Record<CitedField, string> = {
  value: '数值',
  growthRate: '增速',
  rankStatement: '排名',
};

/** The figures of an observation, as the form and the tables hold them ('' or null when absent). */
export type ObservationFigures = {
  value: string;
  unit: string;
  growthRate: string | null;
  rankStatement: string | null;
};

const compact = (text: string) => text.replace(/\s+/g, '');

/** Every figure of the observation that the quote states. */
export function fieldsInQuote(quote: string, figures: ObservationFigures): CitedField[] {
  const found: CitedField[] = [];
  if (findNumberInQuote(quote, figures.value, figures.unit || undefined).ok) found.push('value');
  // Texts write a decline in words (下降3%), so the quote holds the magnitude.
  const growth = figures.growthRate?.replace(/^-/, '');
  if (growth && findNumberInQuote(quote, growth, '%').ok) found.push('growthRate');
  const rank = figures.rankStatement ? compact(figures.rankStatement) : '';
  if (rank && compact(quote).includes(rank)) found.push('rankStatement');
  return found;
}

/**
 * The field to record for a quote: the one figure it states, or null when it states several (or
 * none, e.g. a passage that only names the period): null means "the observation as a whole".
 */
export function inferCitedField(quote: string, figures: ObservationFigures): CitedField | null {
  const found = fieldsInQuote(quote, figures);
  return (found.length === 1 && found[0]) || null;
}

/**
 * Where a citation's marker goes: beside its recorded field, or, for a citation of the whole
 * observation, beside each figure its quote states. A quote that states none of them (the period,
 * a context) supports the observation as a whole: [].
 */
export function markerFields(
  citation: { field: string | null; exact: string },
  figures: ObservationFigures,
): CitedField[] {
  if (isCitedField(citation.field)) return [citation.field];
  return fieldsInQuote(citation.exact, figures);
}

export function isCitedField(field: string | null | undefined): field is CitedField {
  return (CITED_FIELDS as readonly string[]).includes(field ?? '');
}

/**
 * A fact's citations grouped by the figure each marker sits beside, in their order; `whole` holds
 * those of the observation as a whole (shown beside its period, never beside a number).
 */
export function citationsByField<C extends { field: string | null; exact: string }>(
  citations: C[],
  figures: ObservationFigures,
): Record<CitedField | 'whole', C[]> {
  const groups: Record<CitedField | 'whole', C[]> = { value: [], growthRate: [], rankStatement: [], whole: [] };
  for (const citation of citations) {
    const fields = markerFields(citation, figures);
    for (const field of fields.length > 0 ? fields : (['whole'] as const)) groups[field].push(citation);
  }
  return groups;
}
