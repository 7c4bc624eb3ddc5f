import 'server-only';
// A reviewer's preview of the public metric table as it will read once a change is published:
// the proposed observations in the public page's order, formatted and cited as readers see them.
import { parsePeriod } from '@/lib/dates/period';
import { db } from '@/lib/db';
import { factsById } from '@/lib/records/facts';
import { isCorrection, observationFields } from '@/lib/records/metric/record';
import { metricDraftSchema, type ObservationDraft } from '@/lib/records/metric/schema';
import type { TableObservation } from '@/lib/records/metric/public';
import { citationDocumentSelect } from '@/lib/public/citations';

const basisOrder = { REPORTED: 0, EXPECTED: 1, TARGET: 2 } as const;

export async function metricPreview(proposed: unknown, current: unknown) {
  const parsed = metricDraftSchema.safeParse(proposed);
  if (!parsed.success) return null;
  const metric = parsed.data;
  const versionIds = [...new Set(metric.observations.flatMap((o) => o.citations.map((c) => c.sourceVersionId)))];
  const versions = await db.sourceVersion.findMany({
    where: { id: { in: versionIds } },
    select: {
      id: true,
      document: { select: citationDocumentSelect },
    },
  });
  const documents = new Map(versions.map((v) => [v.id, v.document]));
  const published = factsById(current);
  const now = new Date();
  const rows = metric.observations.map((o, index) => {
    const id = o.id ?? `new-${index}`;
    const corrected = isCorrection(published.get(id)?.value as ObservationDraft | undefined, o);
    const observation: TableObservation = {
      ...observationFields(o),
      id,
      correctedAt: corrected ? now : null,
      citations: o.citations.flatMap((c, i) => {
        const document = documents.get(c.sourceVersionId);
        if (!document) return [];
        return [{ id: c.id ?? `${id}-${i}`, exact: c.exact, field: c.field ?? null, sourceVersion: { document } }];
      }),
    };
    return { observation, end: parsePeriod(o.period)?.end.getTime() ?? 0, basis: basisOrder[o.basis] };
  });
  rows.sort((a, b) => a.end - b.end || a.basis - b.basis || a.observation.id.localeCompare(b.observation.id));
  return { unit: metric.unit, slug: metric.slug, observations: rows.map((row) => row.observation) };
}
