// The seed step: loads the dataset under seeds/ into a database in one transaction. Idempotent:
// rows have name-based ids and only missing ones are inserted, so a second run changes nothing and
// edits made in the CMS are never overwritten; a fact an editor withdrew is not brought back. A stored source text never changes: a seed file
// whose text differs from the stored one is refused.
import { createPrismaClient, type Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { recordKindOrNull } from '@/lib/records/kinds';
import { createSourceDocument } from '@/lib/sources/create-source-document';
import { planDataset, type DatasetPlan } from './plan-dataset';
import { defaultSeedsDir, readDataset } from './read-dataset';
import { SeedError } from './seed-error';
import { planSetAsides, type PlannedSetAside } from './set-asides';

export type SeedResult = { inserted: number; counts: Record<string, number> };

// Serialises concurrent seeders (two `npm start`s on one database).
const SEED_LOCK_KEY = 72_707_370;

export async function seedDatabase(options: {
  databaseUrl: string;
  seedsDir?: string;
  log?: (line: string) => void;
}): Promise<SeedResult> {
  const log = options.log ?? (() => {});
  const seedsDir = options.seedsDir ?? defaultSeedsDir;
  const dataset = await readDataset(seedsDir);
  const plan = planDataset(dataset);
  // Read after the sources are checked: a changed source text is the problem to report first.
  const setAsides = () => planSetAsides(seedsDir, dataset);
  const db = createPrismaClient(options.databaseUrl);
  try {
    const result = await db.$transaction((tx) => loadPlan(tx, plan, setAsides), { timeout: 120_000, maxWait: 30_000 });
    const summary = Object.entries(result.counts)
      .map(([name, count]) => `${name} ${count}`)
      .join(', ');
    log(`seed: ${result.inserted} rows inserted (${summary})`);
    return result;
  } finally {
    await db.$disconnect();
  }
}

async function newOnly<T extends { id: string }>(
  rows: T[],
  findExisting: (ids: string[]) => Promise<Array<{ id: string }>>,
): Promise<T[]> {
  if (rows.length === 0) return [];
  const existing = new Set((await findExisting(rows.map((row) => row.id))).map((row) => row.id));
  return rows.filter((row) => !existing.has(row.id));
}

async function loadPlan(tx: Tx, plan: DatasetPlan, setAsides: () => Promise<PlannedSetAside[]>): Promise<SeedResult> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
  const counts: Record<string, number> = {};
  const published = { status: 'PUBLISHED' as const };
  const idsIn = (ids: string[]) => ({ where: { id: { in: ids } }, select: { id: true } });

  const { versionIds, insertedSources } = await loadSources(tx, plan);
  counts.sources = insertedSources.length;

  const topics = await newOnly(plan.topics, (ids) => tx.topic.findMany(idsIn(ids)));
  await tx.topic.createMany({ data: topics.map((row) => ({ ...row, ...published })) });
  counts.topics = topics.length;

  const organisations = await newOnly(plan.organisations, (ids) => tx.organisation.findMany(idsIn(ids)));
  // One by one: a child's parent must exist when the child is inserted (parentsFirst order).
  for (const row of organisations) await tx.organisation.create({ data: { ...row, ...published } });
  counts.organisations = organisations.length;

  // Facts withdrawn through the workflow stay withdrawn, and so do the citations they held.
  const withdrawn = new Set(
    (
      await tx.withdrawnFact.findMany({
        where: {
          factId: {
            in: [
              ...plan.observations,
              ...plan.milestones,
              ...plan.measures,
              ...plan.projectParties,
              ...plan.agreementParties,
              ...plan.citations,
            ].map((row) => row.id),
          },
        },
        select: { factId: true },
      })
    ).map((row) => row.factId),
  );
  const kept = <T extends { id: string }>(rows: T[]) => rows.filter((row) => !withdrawn.has(row.id));

  const metrics = await newOnly(plan.metrics, (ids) => tx.metric.findMany(idsIn(ids)));
  await tx.metric.createMany({ data: metrics.map((row) => ({ ...row, ...published })) });
  counts.metrics = metrics.length;
  counts.discrepancies = (
    await tx.observationDiscrepancy.createMany({ data: plan.discrepancies, skipDuplicates: true })
  ).count;
  const observations = kept(plan.observations).map((row) => ({ ...row, ...published }));
  counts.observations = (await tx.observation.createMany({ data: observations, skipDuplicates: true })).count;

  const projects = await newOnly(plan.projects, (ids) => tx.project.findMany(idsIn(ids)));
  await tx.project.createMany({ data: projects.map((row) => ({ ...row, ...published })) });
  counts.projects = projects.length;
  await tx.projectParty.createMany({ data: kept(plan.projectParties), skipDuplicates: true });
  counts.milestones = (
    await tx.projectMilestone.createMany({ data: kept(plan.milestones), skipDuplicates: true })
  ).count;
  counts.measures = (await tx.projectMeasure.createMany({ data: kept(plan.measures), skipDuplicates: true })).count;

  const agreements = await newOnly(plan.agreements, (ids) => tx.agreement.findMany(idsIn(ids)));
  await tx.agreement.createMany({ data: agreements.map((row) => ({ ...row, ...published })) });
  counts.agreements = agreements.length;
  await tx.agreementParty.createMany({ data: kept(plan.agreementParties), skipDuplicates: true });

  const citations = plan.citations.filter((row) => !withdrawn.has(row.id) && !withdrawn.has(row.targetId));
  const citationRows = citations.map(({ sourceSlug, target, targetId, ...rest }) => ({
    ...rest,
    sourceVersionId: versionIds.get(sourceSlug) as string,
    [target]: targetId,
    verifiedAt: new Date(),
  }));
  counts.citations = (await tx.citation.createMany({ data: citationRows, skipDuplicates: true })).count;
  counts.recordDiscrepancies = (
    await tx.recordDiscrepancy.createMany({ data: plan.recordDiscrepancies, skipDuplicates: true })
  ).count;
  // A statement whose citation was withdrawn through the workflow is left out with it.
  const live = new Set(
    (await tx.citation.findMany(idsIn(plan.discrepancyStatements.map((s) => s.citationId)))).map((c) => c.id),
  );
  counts.discrepancyStatements = (
    await tx.recordDiscrepancyStatement.createMany({
      data: plan.discrepancyStatements.filter((s) => live.has(s.citationId)),
      skipDuplicates: true,
    })
  ).count;
  const setAsideRows = (await setAsides()).map(({ sourceSlug, ...rest }) => ({
    ...rest,
    sourceVersionId: versionIds.get(sourceSlug) as string,
    status: 'CONFIRMED' as const,
  }));
  counts.setAsides = (await tx.statementSetAside.createMany({ data: setAsideRows, skipDuplicates: true })).count;

  const inserted = Object.values(counts).reduce((sum, count) => sum + count, 0);
  if (inserted > 0) {
    await recordInitialRevisions(tx, plan, {
      SOURCE_DOCUMENT: insertedSources,
      TOPIC: topics.map((row) => row.id),
      ORGANISATION: organisations.map((row) => row.id),
      METRIC: metrics.map((row) => row.id),
      PROJECT: projects.map((row) => row.id),
      AGREEMENT: agreements.map((row) => row.id),
    });
    await tx.auditEntry.create({ data: { actorLabel: 'system:seed', action: 'seed.import', detail: counts } });
  }
  return { inserted, counts };
}

async function loadSources(tx: Tx, plan: DatasetPlan) {
  const problems: string[] = [];
  const versionIds = new Map<string, string>();
  const insertedSources: string[] = [];
  for (const source of plan.sources) {
    const existing = await tx.sourceDocument.findUnique({
      where: { slug: source.slug },
      select: { id: true, currentVersion: { select: { id: true, sha256: true } } },
    });
    if (existing?.currentVersion) {
      if (existing.currentVersion.sha256 !== source.sha256) {
        problems.push(
          `seeds/sources/${source.fileName} differs from the stored text of source "${source.slug}" ` +
            `(file sha256 ${source.sha256.slice(0, 12)}…, stored ${existing.currentVersion.sha256.slice(0, 12)}…). ` +
            'A stored source never changes: restore the file, or import the corrected text as a new version.',
        );
      }
      versionIds.set(source.slug, existing.currentVersion.id);
      continue;
    }
    const { documentId, sha256: _sha, charCount: _chars, ...fields } = source;
    try {
      await createSourceDocument(tx, { ...fields, id: documentId, status: 'PUBLISHED' });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problems.push(`seeds/sources/${source.fileName}: ${error.message}`);
      continue;
    }
    versionIds.set(source.slug, source.versionId);
    insertedSources.push(documentId);
  }
  if (problems.length > 0) throw new SeedError(problems);
  return { versionIds, insertedSources };
}

/** Version 1 of every record the seed created, so history starts at the seed import. */
async function recordInitialRevisions(
  tx: Tx,
  plan: DatasetPlan,
  insertedIds: Record<'SOURCE_DOCUMENT' | 'TOPIC' | 'ORGANISATION' | 'METRIC' | 'PROJECT' | 'AGREEMENT', string[]>,
) {
  const citationsOf = (ids: Set<string>) =>
    plan.citations
      .filter((c) => ids.has(c.targetId))
      .map(({ id, target, targetId, ...citation }) => ({ id, [target]: targetId, ...citation }));
  const snapshot = (recordId: string, data: Record<string, unknown>, childIds: string[] = []) => ({
    ...data,
    citations: citationsOf(new Set([recordId, ...childIds])),
  });
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));
  const sources = new Map(plan.sources.map((s) => [s.documentId, s]));
  const topics = byId(plan.topics);
  const organisations = byId(plan.organisations);
  const metrics = byId(plan.metrics);
  const projects = byId(plan.projects);
  const agreements = byId(plan.agreements);

  const rows: Array<{ recordType: keyof typeof insertedIds; recordId: string; data: object }> = [];
  for (const id of insertedIds.SOURCE_DOCUMENT) {
    const { text: _text, ...source } = sources.get(id)!;
    rows.push({ recordType: 'SOURCE_DOCUMENT', recordId: id, data: { ...source, textLength: source.charCount } });
  }
  for (const id of insertedIds.TOPIC) rows.push({ recordType: 'TOPIC', recordId: id, data: topics.get(id)! });
  for (const id of insertedIds.ORGANISATION) {
    rows.push({ recordType: 'ORGANISATION', recordId: id, data: snapshot(id, organisations.get(id)!) });
  }
  for (const id of insertedIds.METRIC) {
    const observations = plan.observations.filter((o) => o.metricId === id);
    const data = {
      ...metrics.get(id)!,
      observations,
      discrepancies: plan.discrepancies.filter((d) => observations.some((o) => o.discrepancyId === d.id)),
    };
    rows.push({
      recordType: 'METRIC',
      recordId: id,
      data: snapshot(
        id,
        data,
        observations.map((o) => o.id),
      ),
    });
  }
  for (const id of insertedIds.PROJECT) {
    const milestones = plan.milestones.filter((m) => m.projectId === id);
    const measures = plan.measures.filter((m) => m.projectId === id);
    const parties = plan.projectParties.filter((p) => p.projectId === id);
    const data = { ...projects.get(id)!, parties, milestones, measures };
    rows.push({
      recordType: 'PROJECT',
      recordId: id,
      data: snapshot(
        id,
        data,
        [...milestones, ...measures].map((m) => m.id),
      ),
    });
  }
  for (const id of insertedIds.AGREEMENT) {
    const parties = plan.agreementParties.filter((p) => p.agreementId === id);
    rows.push({ recordType: 'AGREEMENT', recordId: id, data: snapshot(id, { ...agreements.get(id)!, parties }) });
  }
  // Types the editorial workflow edits keep their history in the forms' shape, so later revisions
  // diff cleanly against the seed's version 1.
  for (const row of rows) {
    const kind = recordKindOrNull(row.recordType);
    const loaded = kind ? await kind.load(tx, row.recordId) : null;
    if (loaded) row.data = loaded.data as object;
  }
  await tx.revision.createMany({
    data: rows.map((row) => ({
      ...row,
      data: JSON.parse(JSON.stringify(row.data)) as object,
      version: 1,
      comment: '种子数据导入',
    })),
  });
}
