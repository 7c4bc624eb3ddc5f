import 'server-only';
// Read-only: verified citations an editor can name as a statement of a record's discrepancy, found
// by words of their quote, and the same description for the citations a form already names.
import { db } from '@/lib/db';
import { likePattern } from '@/lib/db/like-pattern';
import { milestoneKindLabel } from '@/lib/labels';

/** A citation as the discrepancy form shows it: the quote, its document and the record it supports. */
export type CitationOption = { id: string; exact: string; source: string; record: string };

export const CITATION_SEARCH_LIMIT = 20;

const optionSelect = {
  id: true,
  exact: true,
  sourceVersion: { select: { document: { select: { title: true } } } },
  project: { select: { name: true } },
  agreement: { select: { title: true } },
  organisation: { select: { name: true } },
  metric: { select: { nameZh: true } },
  observation: { select: { periodLabel: true, metric: { select: { nameZh: true } } } },
  projectMilestone: { select: { kind: true, project: { select: { name: true } } } },
  projectMeasure: { select: { label: true, project: { select: { name: true } } } },
} as const;

type OptionRow = Awaited<ReturnType<typeof readOptions>>[number];
const readOptions = (where: object, take?: number) =>
  db.citation.findMany({
    where: { ...where, verifiedAt: { not: null } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take,
    select: optionSelect,
  });

/** The record (and fact) a citation supports, as editors name it: 项目「…」› 进展节点 开工. */
function recordOf(row: OptionRow): string {
  if (row.project) return `项目「${row.project.name}」`;
  if (row.agreement) return `协议「${row.agreement.title}」`;
  if (row.organisation) return `机构「${row.organisation.name}」`;
  if (row.metric) return `指标「${row.metric.nameZh}」`;
  if (row.observation) return `指标「${row.observation.metric.nameZh}」› ${row.observation.periodLabel}`;
  if (row.projectMilestone)
    return `项目「${row.projectMilestone.project.name}」› ${milestoneKindLabel[row.projectMilestone.kind]}节点`;
  if (row.projectMeasure) return `项目「${row.projectMeasure.project.name}」› ${row.projectMeasure.label}`;
  return '未知记录';
}

const toOption = (row: OptionRow): CitationOption => ({
  id: row.id,
  exact: row.exact,
  source: row.sourceVersion.document.title,
  record: recordOf(row),
});

// White space as JavaScript's \s knows it, for PostgreSQL too: under the C locale its classes are
// ASCII only, and Chinese texts indent with U+3000.
const SPACES = '[[:space:]\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+';

/**
 * Verified citations whose quote contains the words, oldest first, at most CITATION_SEARCH_LIMIT.
 * White space is left out on both sides: a quote may run over a line break of its document.
 */
export async function searchCitations(query: string): Promise<CitationOption[]> {
  const words = query.replace(/\s+/g, '');
  if (words === '') return [];
  const found = await db.$queryRaw<Array<{ id: string }>>`
    SELECT id FROM "Citation"
    WHERE "verifiedAt" IS NOT NULL AND regexp_replace(exact, ${SPACES}, '', 'g') ILIKE ${likePattern(words)}
    ORDER BY "createdAt", id
    LIMIT ${CITATION_SEARCH_LIMIT}`;
  return (await readOptions({ id: { in: found.map((row) => row.id) } })).map(toOption);
}

/** The citations with these ids that exist and are verified, described for the form. */
export async function describeCitations(ids: string[]): Promise<CitationOption[]> {
  if (ids.length === 0) return [];
  return (await readOptions({ id: { in: [...new Set(ids)] } })).map(toOption);
}
