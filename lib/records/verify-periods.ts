import 'server-only';
// The period check in the write path: the period of an observation (or the date of a milestone or a
// signing) must be supported by one of its quotes or their context (lib/citations/period-check.ts).
// Unlike a missing number it does not block: the editor gives a reason, which reviewers see.
import { checkPeriod, type PeriodCheck } from '@/lib/citations/period-check';
import { parsePeriod } from '@/lib/dates/period';
import type { Tx } from '@/lib/db/client';
import type { FieldErrors } from './field-errors';
import type { CitationInput } from './fields';
import { referenceDateOf, referenceDateSelect } from '@/lib/sources/dating';

/** A period (or date) a record states, the citations that must support it, and the editor's reason if any. */
export type CitedPeriod = {
  /** Where it sits in the form data ('' for the record itself, 'observations.2', …). */
  path: string;
  /** The compact period or date as the form holds it: 2020, 2016/2020, 2020-H1, 2020-09-27. */
  period: string;
  citations: CitationInput[];
  reason: string;
};

export type PeriodResult = CitedPeriod & { ok: boolean; checks: PeriodCheck[] };

/** Runs the period check for each entry; an entry passes when one of its citations supports it. */
export async function checkCitedPeriods(tx: Tx, entries: CitedPeriod[]): Promise<PeriodResult[]> {
  const versionIds = [...new Set(entries.flatMap((e) => e.citations.map((c) => c.sourceVersionId)))];
  const versions = versionIds.length
    ? await tx.sourceVersion.findMany({
        where: { id: { in: versionIds } },
        select: { id: true, text: true, document: { select: referenceDateSelect } },
      })
    : [];
  const byId = new Map(versions.map((v) => [v.id, v]));
  return entries.flatMap((entry) => {
    const claimed = parsePeriod(entry.period);
    if (!claimed) return [];
    const checks = entry.citations.flatMap((citation) => {
      const version = byId.get(citation.sourceVersionId);
      if (!version || citation.end > [...version.text].length) return [];
      return [checkPeriod(version.text, citation, claimed, { referenceDate: referenceDateOf(version.document) })];
    });
    return [{ ...entry, ok: checks.some((check) => check.ok), checks }];
  });
}

const reasonPath = (path: string) => (path === '' ? 'periodReason' : `${path}.periodReason`);

/** Field errors for periods the check could not confirm and the editor has not explained. */
export function unexplainedPeriods(results: PeriodResult[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const result of results) {
    if (result.ok || result.reason.trim() !== '') continue;
    const failure = result.checks.find((check) => !check.ok);
    const why = failure && !failure.ok ? failure.message : '引文中找不到时期的依据';
    errors[reasonPath(result.path)] = `${why}。如确认无误，请在此说明依据。`;
  }
  return errors;
}

/** The fact at a path of the form data, by its id ('' for the record itself). */
function identityAt(data: unknown, path: string): string {
  if (path === '') return '';
  const fact = path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], data);
  return (fact as { id?: string } | undefined)?.id ?? path;
}

const signature = (entry: CitedPeriod) =>
  JSON.stringify([entry.period, entry.citations.map((c) => [c.sourceVersionId, c.start, c.end])]);

/**
 * The entries whose period or citations are new or changed against the published record: an edit
 * elsewhere in a record does not ask again about periods nobody touched.
 */
export function changedPeriods(
  after: { data: unknown; entries: CitedPeriod[] },
  before: { data: unknown; entries: CitedPeriod[] } | null,
): CitedPeriod[] {
  const published = new Map(before?.entries.map((e) => [identityAt(before.data, e.path), signature(e)]) ?? []);
  return after.entries.filter((e) => published.get(identityAt(after.data, e.path)) !== signature(e));
}
