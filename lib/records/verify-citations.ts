import 'server-only';
// Server-side check of every citation in a proposed record: the quote must sit at its offsets in
// the stored source version, and a stated value must appear in one of its quotes.
import { findNumberInQuote, verifyAnchor } from '@/lib/citations';
import { nameInQuotes } from '@/lib/citations/names';
import { citedFieldLabel, fieldsInQuote, type CitedField, type ObservationFigures } from '@/lib/citations/cited-fields';
import type { Tx } from '@/lib/db/client';
import type { FieldErrors } from './field-errors';
import type { CitationInput } from './fields';

/** A group of citations that support one value (or a record as a whole when value is absent). */
export type CitedValue = {
  /** Where the citations sit in the form data ('' for the record's own, 'measures.0', …). */
  path: string;
  citations: CitationInput[];
  value?: string;
  unit?: string;
  /** The field an absent number is reported on; defaults to `${path}.value`. */
  valuePath?: string;
  /** Which figure of an observation `value` is: only quotes for it (or for the whole fact) count. */
  field?: CitedField;
  /** An observation's figures: a quote assigned to one of them must state it. */
  figures?: ObservationFigures;
  /** Names the record goes by (a project's aliases): each must be written in one of the quotes. */
  names?: Array<{ name: string; path: string }>;
};

export async function verifyCitedValues(tx: Tx, groups: CitedValue[]): Promise<FieldErrors> {
  const versionIds = [...new Set(groups.flatMap((g) => g.citations.map((c) => c.sourceVersionId)))];
  const versions = await tx.sourceVersion.findMany({
    where: { id: { in: versionIds } },
    select: { id: true, text: true },
  });
  const texts = new Map(versions.map((v) => [v.id, v.text]));
  const errors: FieldErrors = {};
  for (const group of groups) {
    group.citations.forEach((citation, index) => {
      const path = `${join(group.path, 'citations')}.${index}`;
      const text = texts.get(citation.sourceVersionId);
      if (text === undefined) {
        errors[`${path}.sourceVersionId`] = '引文所在的原始文件不存在';
        return;
      }
      const verified = verifyAnchor(text, citation);
      if (!verified.ok) errors[`${path}.exact`] = '引文与原文对应位置的文字不一致，请重新选择';
      const field = citation.field;
      if (verified.ok && field && group.figures && !fieldsInQuote(citation.exact, group.figures).includes(field)) {
        errors[`${path}.field`] = `这条引文没有写到${citedFieldLabel[field]}，请改选“整条”或它写到的数`;
      }
    });
    const value = group.value;
    const citationsPath = join(group.path, 'citations');
    const unanchored = Object.keys(errors).some((key) => key.startsWith(citationsPath) && !key.endsWith('.field'));
    if (value !== undefined && !unanchored) {
      const candidates = group.citations.filter((c) => !c.field || !group.field || c.field === group.field);
      const found = candidates.some((c) => findNumberInQuote(c.exact, value, group.unit).ok);
      if (!found) {
        errors[group.valuePath ?? join(group.path, 'value')] =
          `数值 ${value}${group.unit ?? ''} 未出现在任何一条引文中`;
      }
    }
    if (!unanchored) {
      const quotes = group.citations.map((c) => c.exact);
      for (const { name, path } of group.names ?? []) {
        if (!nameInQuotes(name, quotes)) errors[path] = `别名“${name}”未出现在任何一条引文中，请先引用写到它的原文`;
      }
    }
  }
  return errors;
}

const join = (path: string, field: string) => (path === '' ? field : `${path}.${field}`);
