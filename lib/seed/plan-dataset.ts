// Turns a validated dataset into the rows to insert, with stable ids, and checks everything that
// needs more than one file: references between records, and every citation against its source
// with the citation engine (quote found exactly once, the stated number present in the quote).
import { anchorQuote, findNumberInQuote } from '@/lib/citations';
import { inferCitedField } from '@/lib/citations/cited-fields';
import { nameInQuotes } from '@/lib/citations/names';
import { parsePartialDate } from '@/lib/dates/partial-date';
import { parsePeriod } from '@/lib/dates/period';
import { partyId, stableId } from '@/lib/ids/stable-id';
import { codePointLength, sha256Hex } from '@/lib/sources/source-text';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CitationColumn } from '@/lib/records/citation-rows';
import type { DatasetDiscrepancy, ResolvedSeedCitation, SeedDataset } from './dataset-schema';
import { observationKey } from './merge-records';
import { SeedError } from './seed-error';

export type PlannedCitation = {
  id: string;
  sourceSlug: string;
  target: CitationColumn;
  targetId: string;
  exact: string;
  prefix: string;
  suffix: string;
  startOffset: number;
  endOffset: number;
  field: string | null;
  note: string | null;
  sortOrder: number;
};

/** A number a record states, and which of its citations may carry it. */
type StatedNumber = { value: string; unit: string; fields: string[]; label: string };

export type DatasetPlan = ReturnType<typeof planDataset>;

export function planDataset(dataset: SeedDataset) {
  const planner = createPlanner(dataset);
  requireUniqueNames(dataset, planner.problems);
  const sources = planSources(dataset);
  const topics = dataset.topics.map((topic) => ({ ...topic, id: topicId(topic.slug) }));
  const organisations = planOrganisations(planner, dataset);
  const { metrics, observations, discrepancies } = planMetrics(planner, dataset);
  const { projects, projectParties, milestones, measures } = planProjects(planner, dataset);
  const { agreements, agreementParties } = planAgreements(planner, dataset);
  const { problems, citations } = planner;
  const recordDiscrepancies = planRecordDiscrepancies(dataset, citations, problems);

  if (problems.length > 0) throw new SeedError(problems);
  return {
    sources,
    topics,
    organisations: parentsFirst(organisations),
    metrics,
    observations,
    discrepancies,
    projects,
    projectParties,
    milestones,
    measures,
    agreements,
    agreementParties,
    citations,
    ...recordDiscrepancies,
  };
}

/**
 * Each discrepancy's statements resolved to citations. A statement is the one citation of its quote
 * on the records the discrepancy names (or their project's milestones and measures), unless its `on`
 * says which citation it is; a quote cited more than once there is refused rather than resolved by
 * order, so a citation added later can never move a statement (and its id) to another citation.
 */
function planRecordDiscrepancies(dataset: SeedDataset, citations: PlannedCitation[], problems: string[]) {
  const recordDiscrepancies: Array<Prisma.RecordDiscrepancyCreateManyInput & { id: string }> = [];
  const discrepancyStatements: Array<Prisma.RecordDiscrepancyStatementCreateManyInput & { id: string }> = [];
  const known = {
    project: new Set(dataset.projects.map((p) => p.slug)),
    agreement: new Set(dataset.agreements.map((a) => a.slug)),
    organisation: new Set(dataset.organisations.map((o) => o.slug)),
  };
  const targets = discrepancyTargets(dataset);
  const seen = new Set<string>();
  for (const discrepancy of dataset.discrepancies) {
    const at = `${discrepancy.file} › discrepancy "${discrepancy.key}"`;
    if (seen.has(discrepancy.key)) problems.push(`${at}: key used twice`);
    seen.add(discrepancy.key);
    for (const kind of ['project', 'agreement', 'organisation'] as const) {
      const slug = discrepancy[kind];
      if (slug && !known[kind].has(slug)) problems.push(`${at}: unknown ${kind} "${slug}"`);
    }
    const id = stableId(`record-discrepancy:${discrepancy.key}`);
    recordDiscrepancies.push({
      id,
      aspect: discrepancy.aspect,
      note: discrepancy.note,
      projectId: discrepancy.project ? stableId(`project:${discrepancy.project}`) : null,
      agreementId: discrepancy.agreement ? stableId(`agreement:${discrepancy.agreement}`) : null,
      organisationId: discrepancy.organisation ? orgId(discrepancy.organisation) : null,
    });
    discrepancy.statements.forEach((statement, index) => {
      const where = `${at} › statement ${index + 1}`;
      // Compared without whitespace: an anchored quote keeps the source's line breaks.
      const quote = statement.quote.replace(/\s+/g, '');
      const candidates = citations.flatMap((citation) => {
        const target = targets.get(citation.targetId);
        if (!target || citation.sourceSlug !== statement.source) return [];
        if (citation.exact.replace(/\s+/g, '') !== quote) return [];
        return [{ citation, ...describeTarget(target, discrepancy) }];
      });
      const named = candidates.map((c) => `"${c.on}"`).join(', ');
      if (candidates.length === 0) {
        problems.push(`${where}: no record cites "${statement.quote}" from "${statement.source}"`);
        return;
      }
      const matching =
        statement.on === undefined ? candidates.filter((c) => c.own) : candidates.filter((c) => c.on === statement.on);
      if (matching.length !== 1) {
        problems.push(
          statement.on !== undefined && matching.length === 0
            ? `${where}: on "${statement.on}" names no citation of "${statement.quote}"; the candidates are ${named}`
            : matching.length === 0
              ? `${where}: none of the records the discrepancy names cites "${statement.quote}"; ` +
                `say which citation it is with "on": ${named}`
              : `${where}: "${statement.quote}" is cited ${matching.length} times` +
                `${statement.on === undefined ? ' by the records the discrepancy names' : ` on "${statement.on}"`}; ` +
                `say which citation it is with "on": ${named}`,
        );
        return;
      }
      const { citation } = matching[0]!;
      discrepancyStatements.push({
        id: stableId(`record-discrepancy:${discrepancy.key}:${citation.id}`),
        discrepancyId: id,
        citationId: citation.id,
        reading: statement.reading,
        preferred: statement.preferred,
        sortOrder: index,
      });
    });
  }
  return { recordDiscrepancies, discrepancyStatements };
}

/** A record, or a milestone or measure of a project, whose citations a discrepancy statement may be. */
type StatementTarget = { kind: 'project' | 'agreement' | 'organisation'; slug: string; fact: string | null };

/** Every such target by id (the ids planOrganisations, planProjects and planAgreements give). */
function discrepancyTargets(dataset: SeedDataset): Map<string, StatementTarget> {
  const targets = new Map<string, StatementTarget>();
  for (const { slug } of dataset.organisations) targets.set(orgId(slug), { kind: 'organisation', slug, fact: null });
  for (const { slug, milestones, measures } of dataset.projects) {
    targets.set(stableId(`project:${slug}`), { kind: 'project', slug, fact: null });
    // Facts by the key the seed merges them on, so the name does not depend on their order.
    milestones.forEach((m, index) =>
      targets.set(stableId(`milestone:${slug}:${index}`), {
        kind: 'project',
        slug,
        fact: `milestone:${m.kind}:${m.date}`,
      }),
    );
    measures.forEach((m, index) =>
      targets.set(stableId(`measure:${slug}:${index}`), { kind: 'project', slug, fact: `measure:${m.label}` }),
    );
  }
  for (const { slug } of dataset.agreements) {
    targets.set(stableId(`agreement:${slug}`), { kind: 'agreement', slug, fact: null });
  }
  return targets;
}

/**
 * How a statement's `on` names a target: "project", "milestone:STARTED:2022-12-26", "organisation"
 * for the records the discrepancy names; "project:slug", "project:slug/measure:label" for others.
 */
function describeTarget(target: StatementTarget, discrepancy: DatasetDiscrepancy): { on: string; own: boolean } {
  if (discrepancy[target.kind] === target.slug) return { on: target.fact ?? target.kind, own: true };
  const record = `${target.kind}:${target.slug}`;
  return { on: target.fact ? `${record}/${target.fact}` : record, own: false };
}

const topicId = (slug: string) => stableId(`topic:${slug}`);
const orgId = (slug: string) => stableId(`org:${slug}`);

/** What the parts of a plan share: the problems found so far, the anchored citations, the known slugs. */
type Planner = ReturnType<typeof createPlanner>;

function createPlanner(dataset: SeedDataset) {
  const problems: string[] = [];
  const sourceTexts = new Map(dataset.sources.map((source) => [source.slug, source.text]));
  const citations: PlannedCitation[] = [];
  const topicSlugs = new Set(dataset.topics.map((t) => t.slug));
  const orgSlugs = new Set(dataset.organisations.map((o) => o.slug));
  const requireRef = (set: Set<string>, value: string | undefined, where: string, what: string) => {
    if (value !== undefined && !set.has(value)) problems.push(`${where}: unknown ${what} "${value}"`);
  };

  /** Anchors each citation and checks that every stated number appears in one of them. */
  const addCitations = (
    where: string,
    list: ResolvedSeedCitation[],
    target: CitationColumn,
    targetId: string,
    stated: StatedNumber[] = [],
    inferField: (quote: string) => string | null = () => null,
  ) => {
    const anchored: Array<{ quote: string; field: string | null }> = [];
    list.forEach((citation, index) => {
      const label = `${citation.file} › ${where} › citation ${index + 1}`;
      const text = sourceTexts.get(citation.source);
      if (text === undefined) {
        problems.push(`${label}: unknown source "${citation.source}"`);
        return;
      }
      const result = anchorQuote(text, citation.quote, { start: citation.start, prefix: citation.prefix });
      if (!result.ok) {
        problems.push(`${label}: ${result.message} (source "${citation.source}", quote "${citation.quote}")`);
        return;
      }
      // A quote the seed leaves unassigned supports the one figure it states (lib/citations/cited-fields.ts).
      const field = citation.field ?? inferField(result.anchor.exact);
      anchored.push({ quote: result.anchor.exact, field });
      citations.push({
        id: stableId(`citation:${targetId}:${index}`),
        sourceSlug: citation.source,
        target,
        targetId,
        exact: result.anchor.exact,
        prefix: result.anchor.prefix,
        suffix: result.anchor.suffix,
        startOffset: result.anchor.start,
        endOffset: result.anchor.end,
        field,
        note: citation.note ?? null,
        sortOrder: index,
      });
    });
    if (anchored.length < list.length) return;
    for (const number of stated) {
      const candidates = anchored.filter((c) => c.field === null || number.fields.includes(c.field));
      const checks = candidates.map((c) => findNumberInQuote(c.quote, number.value, number.unit || undefined));
      if (!checks.some((check) => check.ok)) {
        const reasons = checks.map((check) => (check.ok ? '' : check.message)).filter(Boolean);
        const files = [...new Set(list.map((c) => c.file))].join(', ');
        problems.push(
          `${files} › ${where}: ${number.label} ${number.value}${number.unit} appears in none of its citations` +
            (reasons.length ? ` (${reasons.join('; ')})` : ' (no citation covers this field)'),
        );
      }
    }
  };
  return { problems, citations, topicSlugs, orgSlugs, requireRef, addCitations };
}

function requireUniqueNames(dataset: SeedDataset, problems: string[]) {
  const requireUnique = (file: string, values: string[], what: string) => {
    const seen = new Set<string>();
    for (const value of values) {
      if (seen.has(value)) problems.push(`seeds/${file}: ${what} "${value}" is used twice`);
      seen.add(value);
    }
  };
  requireUnique(
    'sources.json',
    dataset.sources.map((s) => s.slug),
    'slug',
  );
  requireUnique(
    'sources.json',
    dataset.sources.map((s) => sha256Hex(s.text)),
    'text (sha256)',
  );
  requireUnique(
    'topics.json',
    dataset.topics.map((t) => t.slug),
    'slug',
  );
  requireUnique(
    'records/*.json',
    dataset.organisations.map((o) => o.name),
    'organisation name',
  );
}

function planSources(dataset: SeedDataset) {
  return dataset.sources.map((source) => {
    const sha256 = sha256Hex(source.text);
    return {
      slug: source.slug,
      documentId: stableId(`source:${source.slug}`),
      versionId: stableId(`source-version:${source.slug}:${sha256}`),
      fileName: source.file,
      text: source.text,
      sha256,
      charCount: codePointLength(source.text),
      title: source.title,
      kind: source.kind,
      byline: source.byline ?? null,
      publisher: source.publisher ?? null,
      originalUrl: source.originalUrl ?? null,
      statedDate: source.statedDate ? (parsePartialDate(source.statedDate)?.date ?? null) : null,
      statedDatePrecision: source.statedDate
        ? (source.statedDatePrecision ?? parsePartialDate(source.statedDate)?.precision ?? null)
        : null,
      estimatedDate: source.estimatedDate ? (parsePartialDate(source.estimatedDate)?.date ?? null) : null,
      estimatedDatePrecision: source.estimatedDate ? (parsePartialDate(source.estimatedDate)?.precision ?? null) : null,
      datingNote: source.datingNote ?? null,
    };
  });
}

function planOrganisations({ requireRef, addCitations, orgSlugs }: Planner, dataset: SeedDataset) {
  return dataset.organisations.map((org) => {
    const where = `organisation "${org.slug}"`;
    requireRef(orgSlugs, org.parent, `${org.files.join(', ')} › ${where}`, 'parent organisation');
    const id = orgId(org.slug);
    addCitations(where, org.citations, 'organisationId', id);
    return {
      id,
      slug: org.slug,
      name: org.name,
      shortName: org.shortName ?? null,
      aliases: org.aliases,
      kind: org.kind,
      region: org.region ?? null,
      parentId: org.parent ? orgId(org.parent) : null,
      description: org.description,
    };
  });
}

function planMetrics({ problems, requireRef, addCitations, topicSlugs, orgSlugs }: Planner, dataset: SeedDataset) {
  const observations: Array<Prisma.ObservationCreateManyInput & { id: string; metricId: string }> = [];
  const discrepancies: Array<{ id: string; note: string }> = [];
  // Observation ids by metric slug and key: a discrepancy may name observations of other metrics.
  const keysByMetric = new Map<string, Map<string, string>>();
  const metrics = dataset.metrics.map((metric) => {
    const where = `metric "${metric.slug}"`;
    const at = `${metric.files.join(', ')} › ${where}`;
    requireRef(topicSlugs, metric.topic, at, 'topic');
    requireRef(orgSlugs, metric.subject, at, 'subject organisation');
    const id = stableId(`metric:${metric.slug}`);
    const keys = new Map<string, string>();
    keysByMetric.set(metric.slug, keys);
    for (const observation of metric.observations) {
      const key = observationKey(observation);
      const obsWhere = `${where} › observation ${key}`;
      const observationId = stableId(`observation:${metric.slug}:${key}`);
      keys.set(key, observationId);
      const period = parsePeriod(observation.period);
      if (!period) continue;
      const stated: StatedNumber[] = [
        { value: observation.value, unit: metric.unit, fields: ['value'], label: 'value' },
      ];
      if (observation.growthRate !== undefined) {
        // Texts write a decline in words (下降3%), so the quote holds the magnitude.
        const magnitude = observation.growthRate.replace(/^-/, '');
        stated.push({ value: magnitude, unit: '%', fields: ['growthRate'], label: 'growth rate' });
      }
      const figures = {
        value: observation.value,
        unit: metric.unit,
        growthRate: observation.growthRate ?? null,
        rankStatement: observation.rankStatement ?? null,
      };
      addCitations(obsWhere, observation.citations, 'observationId', observationId, stated, (quote) =>
        inferCitedField(quote, figures),
      );
      observations.push({
        id: observationId,
        metricId: id,
        periodKind: period.kind,
        periodStart: period.start,
        periodEnd: period.end,
        periodLabel: observation.periodLabel,
        value: observation.value,
        qualifier: observation.qualifier,
        basis: observation.basis,
        isCumulative: observation.isCumulative,
        growthRate: observation.growthRate ?? null,
        growthQualifier: observation.growthQualifier ?? null,
        rankStatement: observation.rankStatement ?? null,
        scope: observation.scope ?? null,
        note: observation.note ?? null,
        vintage: observation.vintage,
        rank: observation.rank,
        rankReason: observation.rankReason ?? null,
        discrepancyId: null,
      });
    }
    return {
      id,
      slug: metric.slug,
      nameZh: metric.nameZh,
      nameEn: metric.nameEn ?? null,
      synonyms: metric.synonyms,
      unit: metric.unit,
      description: metric.description,
      topicId: topicId(metric.topic),
      subjectId: metric.subject ? orgId(metric.subject) : null,
      featured: metric.featured,
      sortOrder: metric.sortOrder,
    };
  });
  // After every metric's keys are known. The id stays derived from the metric that declares it.
  for (const metric of dataset.metrics) {
    const at = `${metric.files.join(', ')} › metric "${metric.slug}"`;
    metric.discrepancies.forEach((discrepancy, index) => {
      const discrepancyId = stableId(`discrepancy:${metric.slug}:${index}`);
      discrepancies.push({ id: discrepancyId, note: discrepancy.note });
      for (const ref of discrepancy.observations) {
        const { metric: slug, key } = typeof ref === 'string' ? { metric: metric.slug, key: ref } : ref;
        const observationId = keysByMetric.get(slug)?.get(key);
        const row = observations.find((o) => o.id === observationId);
        const named = slug === metric.slug ? `"${key}"` : `"${key}" of metric "${slug}"`;
        if (!row) problems.push(`${at} › discrepancy ${index + 1}: unknown observation key ${named}`);
        else if (row.discrepancyId && row.discrepancyId !== discrepancyId)
          problems.push(`${at} › discrepancy ${index + 1}: observation ${named} is in another discrepancy`);
        else row.discrepancyId = discrepancyId;
      }
    });
  }
  return { metrics, observations, discrepancies };
}

function planProjects({ problems, requireRef, addCitations, topicSlugs, orgSlugs }: Planner, dataset: SeedDataset) {
  const projectParties: Array<Prisma.ProjectPartyCreateManyInput & { id: string }> = [];
  const milestones: Array<Prisma.ProjectMilestoneCreateManyInput & { id: string; projectId: string }> = [];
  const measures: Array<Prisma.ProjectMeasureCreateManyInput & { id: string; projectId: string }> = [];
  const projects = dataset.projects.map((project) => {
    const where = `project "${project.slug}"`;
    const at = `${project.files.join(', ')} › ${where}`;
    requireRef(topicSlugs, project.topic, at, 'topic');
    requireRef(orgSlugs, project.place, at, 'place');
    const id = stableId(`project:${project.slug}`);
    for (const party of project.parties) {
      requireRef(orgSlugs, party.organisation, at, 'organisation');
      const organisationId = orgId(party.organisation);
      projectParties.push({
        id: partyId(id, organisationId, party.role),
        projectId: id,
        organisationId,
        role: party.role,
      });
    }
    project.milestones.forEach((milestone, index) => {
      const milestoneId = stableId(`milestone:${project.slug}:${index}`);
      const date = parsePartialDate(milestone.date);
      addCitations(`${where} › milestone ${index + 1}`, milestone.citations, 'projectMilestoneId', milestoneId);
      if (!date) return;
      milestones.push({
        id: milestoneId,
        projectId: id,
        kind: milestone.kind,
        date: date.date,
        datePrecision: date.precision,
        basis: milestone.basis,
        note: milestone.note ?? null,
      });
    });
    project.measures.forEach((measure, index) => {
      const measureId = stableId(`measure:${project.slug}:${index}`);
      addCitations(`${where} › measure ${measure.label}`, measure.citations, 'projectMeasureId', measureId, [
        { value: measure.value, unit: measure.unit, fields: ['value'], label: measure.label },
      ]);
      measures.push({
        id: measureId,
        projectId: id,
        label: measure.label,
        value: measure.value,
        unit: measure.unit,
        qualifier: measure.qualifier,
        basis: measure.basis,
        sortOrder: index,
      });
    });
    const stated: StatedNumber[] = project.investment
      ? [
          {
            value: project.investment.amount,
            unit: project.investment.unit,
            fields: ['investment'],
            label: 'investment',
          },
        ]
      : [];
    addCitations(where, project.citations, 'projectId', id, stated);
    // An alias is cited like a number: the project's own quotes must write it.
    for (const alias of project.aliases) {
      if (
        !nameInQuotes(
          alias,
          project.citations.map((c) => c.quote),
        )
      ) {
        problems.push(`${at}: alias "${alias}" appears in none of the project's citations`);
      }
    }
    return {
      id,
      slug: project.slug,
      name: project.name,
      aliases: project.aliases,
      kind: project.kind,
      projectStatus: project.projectStatus,
      location: project.location ?? null,
      placeId: project.place ? orgId(project.place) : null,
      investmentAmount: project.investment?.amount ?? null,
      investmentUnit: project.investment?.unit ?? null,
      investmentQualifier: project.investment?.qualifier ?? null,
      description: project.description,
      topicId: topicId(project.topic),
    };
  });
  return { projects, projectParties, milestones, measures };
}

function planAgreements({ requireRef, addCitations, topicSlugs, orgSlugs }: Planner, dataset: SeedDataset) {
  const agreementParties: Array<Prisma.AgreementPartyCreateManyInput & { id: string }> = [];
  const agreements = dataset.agreements.map((agreement) => {
    const where = `agreement "${agreement.slug}"`;
    const at = `${agreement.files.join(', ')} › ${where}`;
    requireRef(topicSlugs, agreement.topic, at, 'topic');
    requireRef(orgSlugs, agreement.partnerRegion, at, 'partner region');
    const id = stableId(`agreement:${agreement.slug}`);
    for (const party of agreement.parties) {
      requireRef(orgSlugs, party.organisation, at, 'organisation');
      const organisationId = orgId(party.organisation);
      agreementParties.push({ id: partyId(id, organisationId), agreementId: id, organisationId, side: party.side });
    }
    addCitations(where, agreement.citations, 'agreementId', id);
    const signed = agreement.signedOn ? parsePartialDate(agreement.signedOn) : null;
    return {
      id,
      slug: agreement.slug,
      title: agreement.title,
      kind: agreement.kind,
      domain: agreement.domain,
      partnerRegionId: agreement.partnerRegion ? orgId(agreement.partnerRegion) : null,
      signedOn: signed?.date ?? null,
      signedOnPrecision: signed?.precision ?? null,
      summary: agreement.summary,
      topicId: topicId(agreement.topic),
    };
  });
  return { agreements, agreementParties };
}

/** Orders organisations so that each parent is inserted before its children. */
function parentsFirst<T extends { id: string; parentId: string | null }>(items: T[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const ordered: T[] = [];
  const placed = new Set<string>();
  const place = (item: T, trail: Set<string>) => {
    if (placed.has(item.id)) return;
    if (trail.has(item.id)) throw new SeedError([`seeds/records: organisation parent cycle through ${item.id}`]);
    trail.add(item.id);
    const parent = item.parentId ? byId.get(item.parentId) : undefined;
    if (parent) place(parent, trail);
    placed.add(item.id);
    ordered.push(item);
  };
  for (const item of items) place(item, new Set());
  return ordered;
}
