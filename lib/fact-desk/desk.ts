import 'server-only';
// The fact desk's reads: a source version's statements, each cited (by which records), set aside
// (with the reason and who confirmed it), in a draft, or open; and the context a quote's drafts
// need. Citations count when their record is live; drafts name the statements they would cite.
import { buildAnchor } from '@/lib/citations';
import { statementCoverage, type NamedRecord, type StatementCoverage } from '@/lib/coverage/source-coverage';
import { db } from '@/lib/db';
import type { ChangeStatus } from '@/lib/generated/prisma/enums';
import {
  citationTargetSelect,
  describeCitationTarget,
  publicCitationWhere,
  type CitedBy,
} from '@/lib/public/citations';
import { listCitations } from '@/lib/records/citation-walk';
import type { CitationInput } from '@/lib/records/fields';
import { referenceDateOf, referenceDateSelect } from '@/lib/sources/dating';
import { formatPeriod } from '@/lib/dates/period';
import type { TextSpan } from '@/lib/citations';
import {
  agreementFromQuote,
  observationFromQuote,
  organisationFromQuote,
  projectFromQuote,
  type RegionChoice,
} from './drafts';
import type { DeskFilter, QuoteRef } from './inputs';
import { stageConflicts, valueConflicts } from './discrepancies';
import { prefillFromQuote } from './prefill';

const OPEN_CHANGES: ChangeStatus[] = ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED'];
const nameSelect = { name: true, shortName: true, aliases: true } as const;
const overlaps = (a: TextSpan, b: TextSpan) => a.start < b.end && b.start < a.end;

type SetAsideRow = {
  id: string;
  startOffset: number;
  endOffset: number;
  reason: string;
  status: 'PROPOSED' | 'CONFIRMED' | 'REJECTED';
  proposedById: string | null;
  proposedBy: { name: string } | null;
  decidedBy: { name: string } | null;
};

export type DeskStatement = StatementCoverage & {
  citedBy: CitedBy[];
  drafts: Array<{ id: string; title: string; status: ChangeStatus }>;
  setAsides: SetAsideRow[];
  state: 'cited' | 'set-aside' | 'open';
};

/** The version the desk works on: the newest, which new citations point at (as in the forms). */
async function deskVersion(documentId: string) {
  const document = await db.sourceDocument.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      title: true,
      slug: true,
      ...referenceDateSelect,
      versions: { orderBy: { number: 'desc' }, take: 1, select: { id: true, number: true, text: true } },
    },
  });
  const version = document?.versions[0];
  return document && version ? { document, version } : null;
}

export async function getFactDesk(documentId: string, filter: DeskFilter) {
  const found = await deskVersion(documentId);
  if (!found) return null;
  const { document, version } = found;
  const [citations, setAsides, changes] = await Promise.all([
    db.citation.findMany({
      where: { sourceVersionId: version.id, ...publicCitationWhere },
      orderBy: [{ startOffset: 'asc' }, { id: 'asc' }],
      select: {
        startOffset: true,
        endOffset: true,
        ...citationTargetSelect,
        organisation: { select: { slug: true, ...nameSelect } },
        project: {
          select: { slug: true, name: true, parties: { select: { organisation: { select: nameSelect } } } },
        },
        agreement: {
          select: { slug: true, title: true, parties: { select: { organisation: { select: nameSelect } } } },
        },
      },
    }),
    db.statementSetAside.findMany({
      where: { sourceVersionId: version.id, status: { not: 'REJECTED' } },
      orderBy: [{ startOffset: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        startOffset: true,
        endOffset: true,
        reason: true,
        status: true,
        proposedById: true,
        proposedBy: { select: { name: true } },
        decidedBy: { select: { name: true } },
      },
    }),
    db.change.findMany({
      where: { status: { in: OPEN_CHANGES }, recordType: { not: 'SOURCE_DOCUMENT' } },
      select: { id: true, title: true, status: true, proposedData: true },
    }),
  ]);

  const orgNames = (org: { name: string; shortName: string | null; aliases: string[] }) => [
    org.name,
    ...(org.shortName ? [org.shortName] : []),
    ...org.aliases,
  ];
  const records: NamedRecord[] = citations.flatMap((citation) => {
    const { organisation, project, agreement } = citation;
    if (organisation) return [{ names: orgNames(organisation) }];
    const parties = (project ?? agreement)?.parties.map((party) => ({ names: orgNames(party.organisation) })) ?? [];
    if (project) return [{ names: [project.name] }, ...parties];
    if (agreement) return [{ names: [agreement.title] }, ...parties];
    return [];
  });
  const cited = citations.map((c) => ({ start: c.startOffset, end: c.endOffset }));
  const confirmed = setAsides
    .filter((row) => row.status === 'CONFIRMED')
    .map((row) => ({ start: row.startOffset, end: row.endOffset }));
  const draftSpans = changes.flatMap((change) =>
    listCitations(change.proposedData)
      .filter((citation) => citation.sourceVersionId === version.id)
      .map((citation) => ({ span: { start: citation.start, end: citation.end }, change })),
  );

  const statements: DeskStatement[] = statementCoverage(version.text, cited, confirmed, records)
    .filter((statement) => statement.figures.length > 0 || statement.nameChecks.length > 0)
    .map((statement) => {
      const citedBy = citations
        .filter((c) => overlaps(statement.span, { start: c.startOffset, end: c.endOffset }))
        .map(describeCitationTarget)
        .filter((target): target is CitedBy => target !== null);
      const drafts = draftSpans
        .filter((draft) => overlaps(statement.span, draft.span))
        .map(({ change }) => ({ id: change.id, title: change.title, status: change.status }));
      const own = setAsides.filter((row) => overlaps(statement.span, { start: row.startOffset, end: row.endOffset }));
      const state = statement.setAside ? 'set-aside' : statement.handled ? 'cited' : 'open';
      return {
        ...statement,
        citedBy: uniqueBy(citedBy, (target) => target.href),
        drafts: uniqueBy(drafts, (draft) => draft.id),
        setAsides: own,
        state,
      };
    });
  const handled = statements.filter((statement) => statement.handled).length;
  const shown = statements.filter((statement) => matchesFilter(statement, filter));
  return {
    document,
    version: { id: version.id, number: version.number },
    progress: { handled, total: statements.length },
    counts: {
      open: statements.filter((s) => !s.handled).length,
      numbers: statements.filter((s) => s.figures.length > 0).length,
      names: statements.filter((s) => s.nameChecks.length > 0).length,
      awaiting: setAsides.filter((row) => row.status === 'PROPOSED').length,
    },
    statements: shown,
    referenceDate: referenceDateOf(document),
  };
}

function matchesFilter(statement: DeskStatement, filter: DeskFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'open':
      return !statement.handled;
    case 'numbers':
      return statement.figures.length > 0;
    case 'names':
      return statement.nameChecks.length > 0;
    case 'awaiting':
      return statement.setAsides.some((row) => row.status === 'PROPOSED');
  }
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

/** The quote at a span of a version, as a citation a form holds, and what a draft needs around it. */
export async function quoteContext(versionId: string, span: TextSpan) {
  const version = await db.sourceVersion.findUnique({
    where: { id: versionId },
    select: {
      id: true,
      text: true,
      charCount: true,
      document: { select: { id: true, title: true, ...referenceDateSelect } },
    },
  });
  if (!version || span.start >= span.end || span.end > version.charCount) return null;
  const anchor = buildAnchor(version.text, span);
  const citation: CitationInput = { sourceVersionId: version.id, ...anchor };
  return {
    citation,
    text: version.text,
    document: version.document,
    referenceDate: referenceDateOf(version.document),
  };
}

/** Regions (for an agreement's partner) with every name they go by, and the district itself. */
export async function regionChoices(): Promise<{ jiangbeiId: string | null; regions: RegionChoice[] }> {
  const regions = await db.organisation.findMany({
    where: { kind: 'REGION', deletedAt: null },
    select: { id: true, slug: true, ...nameSelect },
  });
  return {
    jiangbeiId: regions.find((region) => region.slug === 'jiangbei-district')?.id ?? null,
    regions: regions.map((region) => ({
      id: region.id,
      names: [region.name, region.shortName ?? '', ...region.aliases].filter((name) => name !== ''),
    })),
  };
}

/** The form data a new record starts from when an editor opens it from a quote; null for a bad reference. */
export async function draftFromQuote(recordType: 'PROJECT' | 'AGREEMENT' | 'ORGANISATION', ref: QuoteRef) {
  const context = await quoteContext(ref.versionId, ref);
  if (!context) return null;
  const { citation, text, referenceDate } = context;
  const prefill = prefillFromQuote(text, ref, { referenceDate });
  const firstName = prefill.names[0]?.text ?? '';
  switch (recordType) {
    case 'PROJECT':
      return projectFromQuote(firstName, prefill, citation, citation.exact);
    case 'ORGANISATION':
      return organisationFromQuote(firstName, citation);
    case 'AGREEMENT':
      return agreementFromQuote(prefill, citation, citation.exact, await regionChoices());
  }
}

/** A new observation's form data from a quote; null for a bad reference. */
export async function observationDraftFromQuote(ref: QuoteRef) {
  const context = await quoteContext(ref.versionId, ref);
  if (!context) return null;
  const prefill = prefillFromQuote(context.text, ref, { referenceDate: context.referenceDate });
  return observationFromQuote(prefill, context.citation, context.citation.exact);
}

/** A record's form data with the quote added to its citations (加到已有记录), and whether it was new. */
export async function withQuoteCited<T extends { citations: CitationInput[] }>(
  data: T,
  ref: QuoteRef,
): Promise<{ data: T; added: boolean }> {
  const context = await quoteContext(ref.versionId, ref);
  const already = data.citations.some(
    (c) => c.sourceVersionId === ref.versionId && c.start === ref.start && c.end === ref.end,
  );
  if (!context || already) return { data, added: false };
  return { data: { ...data, citations: [...data.citations, context.citation] }, added: true };
}

/** Metrics to add an observation to, by topic and name. */
export async function metricChoices() {
  const metrics = await db.metric.findMany({
    where: { deletedAt: null },
    orderBy: [{ topic: { sortOrder: 'asc' } }, { nameZh: 'asc' }],
    select: { id: true, nameZh: true, unit: true, topic: { select: { nameZh: true } } },
  });
  return metrics.map((m) => ({ id: m.id, label: `${m.topic.nameZh} · ${m.nameZh}${m.unit ? `（${m.unit}）` : ''}` }));
}

/** Records whose name contains the words, to add a quote to (加到已有记录). */
export async function recordsNamed(words: string) {
  const take = 20;
  const contains = { contains: words, mode: 'insensitive' as const };
  const [projects, agreements, organisations, metrics] = await Promise.all([
    db.project.findMany({ where: { deletedAt: null, name: contains }, take, select: { id: true, name: true } }),
    db.agreement.findMany({ where: { deletedAt: null, title: contains }, take, select: { id: true, title: true } }),
    db.organisation.findMany({
      where: { deletedAt: null, OR: [{ name: contains }, { shortName: contains }, { aliases: { has: words } }] },
      take,
      select: { id: true, name: true },
    }),
    db.metric.findMany({
      where: { deletedAt: null, OR: [{ nameZh: contains }, { synonyms: { has: words } }] },
      take,
      select: { id: true, nameZh: true },
    }),
  ]);
  return { projects, agreements, organisations, metrics };
}

/** The disagreement candidates among live records, those touching `documentId` when given. */
export async function discrepancyCandidates(documentId?: string) {
  const [observations, projects] = await Promise.all([
    db.observation.findMany({
      where: { deletedAt: null, metric: { deletedAt: null } },
      select: {
        id: true,
        value: true,
        basis: true,
        periodKind: true,
        periodStart: true,
        periodEnd: true,
        periodLabel: true,
        scope: true,
        discrepancyId: true,
        metric: { select: { id: true, slug: true, nameZh: true } },
        citations: {
          select: { sourceVersionId: true, startOffset: true, sourceVersion: { select: { documentId: true } } },
        },
      },
    }),
    db.project.findMany({
      where: { deletedAt: null },
      select: {
        id: true,
        slug: true,
        name: true,
        projectStatus: true,
        discrepancies: { where: { aspect: 'STATUS' }, select: { id: true } },
        citations: { select: { exact: true, sourceVersion: { select: { documentId: true } } } },
        milestones: {
          select: { citations: { select: { exact: true, sourceVersion: { select: { documentId: true } } } } },
        },
      },
    }),
  ]);
  const touches = (sources: string[]) => documentId === undefined || sources.includes(documentId);
  const metricOf = new Map(observations.map((o) => [o.metric.slug, o.metric]));
  const labelOf = new Map(observations.map((o) => [o.id, o.periodLabel]));
  const values = valueConflicts(
    observations.map((o) => ({
      id: o.id,
      metric: o.metric.slug,
      period: formatPeriod({ kind: o.periodKind, start: o.periodStart, end: o.periodEnd }),
      value: o.value.toString(),
      basis: o.basis,
      scope: o.scope,
      discrepancyId: o.discrepancyId,
      sources: [...new Set(o.citations.map((c) => c.sourceVersion.documentId))],
      quotes: o.citations.map((c) => `${c.sourceVersionId}:${c.startOffset}`),
    })),
  )
    .filter((candidate) => touches(candidate.observations.flatMap((o) => o.sources)))
    .map((candidate) => ({
      ...candidate,
      metric: metricOf.get(candidate.metric)!,
      periodLabel: labelOf.get(candidate.observations[0]!.id) ?? candidate.period,
    }));
  const projectOf = new Map(projects.map((p) => [p.slug, p]));
  const stages = stageConflicts(
    projects.map((p) => ({
      slug: p.slug,
      projectStatus: p.projectStatus,
      statusDiscrepancy: p.discrepancies.length > 0,
      quotes: [...p.citations, ...p.milestones.flatMap((m) => m.citations)].map((c) => ({
        exact: c.exact,
        source: c.sourceVersion.documentId,
      })),
    })),
  )
    .filter((candidate) => touches(candidate.stages.flatMap((stage) => stage.sources)))
    .map((candidate) => ({ ...candidate, project: projectOf.get(candidate.project)! }));
  return { values, stages };
}
