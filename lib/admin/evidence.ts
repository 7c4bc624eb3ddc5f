import 'server-only';
// What a reviewer needs beside the diff: for every changed value, each of its quotes in the
// surrounding text with the number and the period highlighted, the results of the number and
// period checks, the editor's reason where a period could not be confirmed, and a link to the spot.
import { findNumberInQuote } from '@/lib/citations';
import { checkPeriod, type PeriodCheck } from '@/lib/citations/period-check';
import { parsePeriod } from '@/lib/dates/period';
import { db } from '@/lib/db';
import type { RecordType } from '@/lib/generated/prisma/enums';
import type { CitationInput } from '@/lib/records/fields';
import { recordKind } from '@/lib/records/kinds';
import { changedRows, diffRecords, type DiffRow } from '@/lib/records/record-diff';
import { referenceDateOf, referenceDateSelect } from '@/lib/sources/dating';

export type EvidenceSegment = { text: string; quote: boolean; number: boolean; period: boolean };

export type CitationEvidence = {
  key: string;
  sourceTitle: string;
  href: string;
  segments: EvidenceSegment[];
  number: { ok: boolean; text: string } | null;
  period: PeriodCheck | null;
};

export type FactEvidence = {
  path: string;
  label: string;
  claims: string[];
  periodOk: boolean | null;
  periodReason: string;
  citations: CitationEvidence[];
};

/** How far the context reaches on each side of a quote: two sentences, at most this many characters. */
const CONTEXT_LIMIT = 160;
const SENTENCE_END = new Set(['。', '！', '？', '；', '\n']);

function contextBounds(chars: string[], start: number, end: number) {
  let from = start;
  for (let ends = 0; from > 0 && start - from < CONTEXT_LIMIT; from--) {
    if (SENTENCE_END.has(chars[from - 1]!) && ++ends === 2) break;
  }
  let to = end;
  for (let ends = 0; to < chars.length && to - end < CONTEXT_LIMIT; to++) {
    if (SENTENCE_END.has(chars[to]!) && ++ends === 2) break;
  }
  return { from, to };
}

/** The context cut into runs of equal highlighting. */
function segmentsOf(
  chars: string[],
  bounds: { from: number; to: number },
  marks: Record<'quote' | 'number' | 'period', Array<[number, number]>>,
) {
  const inside = (ranges: Array<[number, number]>, at: number) => ranges.some(([s, e]) => at >= s && at < e);
  const segments: EvidenceSegment[] = [];
  for (let at = bounds.from; at < bounds.to; at++) {
    const flags = {
      quote: inside(marks.quote, at),
      number: inside(marks.number, at),
      period: inside(marks.period, at),
    };
    const last = segments.at(-1);
    if (last && last.quote === flags.quote && last.number === flags.number && last.period === flags.period) {
      last.text += chars[at];
    } else {
      segments.push({ text: chars[at]!, ...flags });
    }
  }
  return segments;
}

/** Whether a diff row belongs to the fact at `path` ('' = the record's own fields). */
const rowOf = (row: DiffRow, path: string) =>
  path === '' ? !/^(observations|milestones|measures|parties)\./.test(row.path) : row.path.startsWith(`${path}.`);

export async function changeEvidence(
  recordType: RecordType,
  proposed: unknown,
  current: unknown,
  names: Map<string, string>,
): Promise<FactEvidence[]> {
  const kind = recordKind(recordType);
  const parsed = kind.schema.safeParse(proposed);
  if (!parsed.success) return [];
  const data = parsed.data;
  const rows = changedRows(diffRecords(current, data, names)).filter((row) => row.kind !== 'removed');
  const values = kind.citedValues(data);
  const periods = kind.citedPeriods?.(data) ?? [];
  const paths = [...new Set([...values, ...periods].map((entry) => entry.path))].filter((path) =>
    rows.some((row) => rowOf(row, path)),
  );
  if (paths.length === 0) return [];

  const citationsAt = (path: string): CitationInput[] =>
    values.find((v) => v.path === path)?.citations ?? periods.find((p) => p.path === path)?.citations ?? [];
  const versionIds = [...new Set(paths.flatMap((path) => citationsAt(path).map((c) => c.sourceVersionId)))];
  const [versions, live] = await Promise.all([
    db.sourceVersion.findMany({
      where: { id: { in: versionIds } },
      select: {
        id: true,
        text: true,
        document: { select: { id: true, slug: true, title: true, status: true, ...referenceDateSelect } },
      },
    }),
    db.citation.findMany({
      where: { id: { in: paths.flatMap((path) => citationsAt(path).flatMap((c) => (c.id ? [c.id] : []))) } },
      select: { id: true, startOffset: true, endOffset: true, sourceVersionId: true },
    }),
  ]);
  const byId = new Map(versions.map((v) => [v.id, { ...v, chars: Array.from(v.text) }]));
  const unchangedLive = new Set(
    live.flatMap((row) => {
      const proposedCitation = paths.flatMap(citationsAt).find((c) => c.id === row.id);
      return proposedCitation?.start === row.startOffset && proposedCitation.sourceVersionId === row.sourceVersionId
        ? [row.id]
        : [];
    }),
  );

  return paths.map((path) => {
    const claimedValues = values.filter((v) => v.path === path && v.value !== undefined);
    const period = periods.find((p) => p.path === path);
    const claimed = period ? parsePeriod(period.period) : null;
    const citations = citationsAt(path).flatMap((citation, index): CitationEvidence[] => {
      const version = byId.get(citation.sourceVersionId);
      if (!version) return [];
      const numberMatches = claimedValues.map((v) => findNumberInQuote(citation.exact, v.value!, v.unit));
      const periodCheck = claimed
        ? checkPeriod(version.text, citation, claimed, { referenceDate: referenceDateOf(version.document) })
        : null;
      const marks = {
        quote: [[citation.start, citation.end]] as Array<[number, number]>,
        number: numberMatches.flatMap((m) =>
          m.ok ? [[citation.start + m.match.start, citation.start + m.match.end] as [number, number]] : [],
        ),
        period: (periodCheck?.evidence ?? []).map((e) => [e.start, e.end] as [number, number]),
      };
      const anchorable = citation.id && unchangedLive.has(citation.id) && version.document.status === 'PUBLISHED';
      return [
        {
          key: citation.id ?? `${path}.${index}`,
          sourceTitle: version.document.title,
          href: anchorable
            ? `/sources/${version.document.slug}#cite-${citation.id}`
            : `/admin/sources/${version.document.id}`,
          segments: segmentsOf(version.chars, contextBounds(version.chars, citation.start, citation.end), marks),
          number:
            claimedValues.length === 0
              ? null
              : {
                  ok: numberMatches.some((m) => m.ok),
                  text: claimedValues.map((v) => `${v.value}${v.unit ?? ''}`).join('、'),
                },
          period: periodCheck,
        },
      ];
    });
    const label = rows.find((row) => rowOf(row, path))?.label.split(' › ')[0] ?? kind.label;
    return {
      path,
      label: path === '' ? kind.label : label,
      claims: [...claimedValues.map((v) => `${v.value}${v.unit ?? ''}`), ...(period ? [`时期 ${period.period}`] : [])],
      periodOk: period && claimed ? citations.some((c) => c.period?.ok) : null,
      periodReason: period?.reason ?? '',
      citations,
    };
  });
}
