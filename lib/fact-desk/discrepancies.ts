// Candidate disagreements between statements, found by rule for the fact desk and the seed check:
// the same metric, period and scope with different values from different statements (one sentence giving
// 第一批69项、第二批51项 states two facts, not a disagreement; 江北嘴金融核心区's 473 家 is another
// measure than the district's 490 家), and one project whose quotes, from different
// documents, report different stages. A value conflict is resolved when its observations are
// grouped in one recorded discrepancy (with the editor's note and, where one is better supported,
// the preferred value); a stage conflict when the project's recorded status is at or beyond every
// stage a document reports (签约 in one, 建成 in a later one is progress the record must show), or
// when the disagreement is recorded as a discrepancy of the project's status with the editor's note.
import type { ProjectStatus } from '@/lib/generated/prisma/enums';
import { projectStatusOf } from './drafts';

export type ValueCandidate = {
  metric: string;
  period: string;
  observations: Array<{ id: string; value: string; basis: string; sources: string[] }>;
  resolved: boolean;
};

export function valueConflicts(
  observations: Array<{
    id: string;
    metric: string;
    period: string;
    value: string;
    basis: string;
    /** The narrower subject the value is about, if any: another scope is another measure. */
    scope?: string | null;
    discrepancyId: string | null;
    sources: string[];
    /** The quotes it cites (any stable key of each). */
    quotes: string[];
  }>,
): ValueCandidate[] {
  const byKey = new Map<string, typeof observations>();
  for (const observation of observations) {
    const key = `${observation.metric}\u0000${observation.period}\u0000${observation.scope ?? ''}`;
    byKey.set(key, [...(byKey.get(key) ?? []), observation]);
  }
  return [...byKey.values()]
    .filter((group) =>
      group.some((a) =>
        group.some((b) => Number(a.value) !== Number(b.value) && !a.quotes.some((quote) => b.quotes.includes(quote))),
      ),
    )
    .map((group) => ({
      metric: group[0]!.metric,
      period: group[0]!.period,
      observations: group.map(({ id, value, basis, sources }) => ({ id, value, basis, sources })),
      resolved: group[0]!.discrepancyId !== null && group.every((o) => o.discrepancyId === group[0]!.discrepancyId),
    }));
}

const STAGE_ORDER: ProjectStatus[] = ['PLANNED', 'SIGNED', 'STARTED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'IN_USE'];

export type StageCandidate = {
  project: string;
  /** Each stage a document's quote reports, with the documents. */
  stages: Array<{ status: ProjectStatus; sources: string[] }>;
  resolved: boolean;
};

export function stageConflicts(
  projects: Array<{
    slug: string;
    projectStatus: ProjectStatus;
    quotes: Array<{ exact: string; source: string }>;
    /** A discrepancy of its status is recorded. */
    statusDiscrepancy: boolean;
  }>,
): StageCandidate[] {
  return projects.flatMap((project) => {
    const stages = new Map<ProjectStatus, Set<string>>();
    for (const quote of project.quotes) {
      const status = projectStatusOf(quote.exact);
      if (status !== 'UNKNOWN') stages.set(status, (stages.get(status) ?? new Set()).add(quote.source));
    }
    const documents = new Set([...stages.values()].flatMap((sources) => [...sources]));
    if (stages.size < 2 || documents.size < 2) return [];
    const reached = STAGE_ORDER.indexOf(project.projectStatus);
    const recorded = (status: ProjectStatus) => reached >= 0 && STAGE_ORDER.indexOf(status) <= reached;
    return [
      {
        project: project.slug,
        stages: [...stages].map(([status, sources]) => ({ status, sources: [...sources].sort() })),
        resolved: project.statusDiscrepancy || [...stages.keys()].every(recorded),
      },
    ];
  });
}
