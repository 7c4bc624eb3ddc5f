// Merges the records files under seeds/records/ by slug. A fact stated by two documents is one
// record with citations from both; a conflict (the same metric and period with another value, an
// organisation with another name) is reported, never silently resolved: conflicting observations
// need distinct keys and a declared discrepancy.
import type {
  DatasetAgreement,
  DatasetDiscrepancy,
  DatasetMetric,
  DatasetObservation,
  DatasetOrganisation,
  DatasetProject,
  ResolvedSeedCitation,
  SeedCitation,
  SeedRecordsFile,
} from './dataset-schema';

export type RecordsFile = { file: string; records: SeedRecordsFile };

const PROJECT_STATUS_ORDER = ['UNKNOWN', 'PLANNED', 'SIGNED', 'STARTED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'IN_USE'];

export function observationKey(observation: { key?: string; period: string; basis: string }): string {
  return observation.key ?? `${observation.period}:${observation.basis}`;
}

export function mergeRecordsFiles(files: RecordsFile[], problems: string[]) {
  const organisations = new Map<string, DatasetOrganisation>();
  const metrics = new Map<string, DatasetMetric>();
  const projects = new Map<string, DatasetProject>();
  const agreements = new Map<string, DatasetAgreement>();
  const discrepancies: DatasetDiscrepancy[] = [];

  for (const { file, records } of files) {
    const resolve = (citations: SeedCitation[], where: string): ResolvedSeedCitation[] =>
      citations.flatMap((citation, index) => {
        const source = citation.source ?? records.source;
        if (!source) {
          problems.push(`${file} › ${where} › citation ${index + 1}: no "source" (and the file names none)`);
          return [];
        }
        return [{ ...citation, source, file }];
      });
    /** Reports fields that two files state differently for the same record. */
    const agree = (where: string, pairs: Array<[string, unknown, unknown]>) => {
      for (const [field, before, after] of pairs) {
        if (before !== undefined && after !== undefined && before !== after) {
          problems.push(
            `${file} › ${where}: ${field} "${String(after)}" conflicts with "${String(before)}" given elsewhere`,
          );
        }
      }
    };

    for (const org of records.organisations) {
      const where = `organisation "${org.slug}"`;
      const incoming = { ...org, citations: resolve(org.citations, where), files: [file] };
      const existing = organisations.get(org.slug);
      if (!existing) {
        organisations.set(org.slug, incoming);
        continue;
      }
      agree(where, [
        ['name', existing.name, org.name],
        ['kind', existing.kind, org.kind],
        ['parent', existing.parent, org.parent],
        ['region', existing.region, org.region],
      ]);
      existing.shortName ??= org.shortName;
      existing.parent ??= org.parent;
      existing.region ??= org.region;
      existing.aliases = [...new Set([...existing.aliases, ...org.aliases])];
      existing.description ||= org.description;
      existing.citations = uniqueCitations([...existing.citations, ...incoming.citations]);
      existing.files.push(file);
    }

    for (const metric of records.metrics) {
      const where = `metric "${metric.slug}"`;
      const observations: DatasetObservation[] = metric.observations.map((o) => ({
        ...o,
        citations: resolve(o.citations, `${where} › observation ${observationKey(o)}`),
      }));
      const existing = metrics.get(metric.slug);
      if (!existing) {
        metrics.set(metric.slug, {
          ...metric,
          observations: mergeObservations([], observations, where, file, problems),
          files: [file],
        });
        continue;
      }
      agree(where, [
        ['nameZh', existing.nameZh, metric.nameZh],
        ['unit', existing.unit, metric.unit],
        ['topic', existing.topic, metric.topic],
        ['subject', existing.subject, metric.subject],
      ]);
      existing.nameEn ??= metric.nameEn;
      existing.synonyms = [...new Set([...existing.synonyms, ...metric.synonyms])];
      existing.subject ??= metric.subject;
      existing.description ||= metric.description;
      existing.featured ||= metric.featured;
      existing.observations = mergeObservations(existing.observations, observations, where, file, problems);
      existing.discrepancies.push(...metric.discrepancies);
      existing.files.push(file);
    }

    for (const project of records.projects) {
      const where = `project "${project.slug}"`;
      const incoming: DatasetProject = {
        ...project,
        citations: resolve(project.citations, where),
        milestones: project.milestones.map((m, i) => ({
          ...m,
          citations: resolve(m.citations, `${where} › milestone ${i + 1}`),
        })),
        measures: project.measures.map((m) => ({
          ...m,
          citations: resolve(m.citations, `${where} › measure ${m.label}`),
        })),
        files: [file],
      };
      const existing = projects.get(project.slug);
      if (!existing) {
        projects.set(project.slug, incoming);
        continue;
      }
      agree(where, [
        ['name', existing.name, project.name],
        ['kind', existing.kind, project.kind],
        ['topic', existing.topic, project.topic],
        ['investment', investmentText(existing), investmentText(project)],
      ]);
      // Documents of different dates: the most advanced status stated is the latest known.
      if (PROJECT_STATUS_ORDER.indexOf(project.projectStatus) > PROJECT_STATUS_ORDER.indexOf(existing.projectStatus)) {
        existing.projectStatus = project.projectStatus;
      }
      existing.aliases = [...new Set([...existing.aliases, ...project.aliases])];
      existing.location ??= project.location;
      existing.place ??= project.place;
      existing.investment ??= project.investment;
      existing.description ||= project.description;
      existing.parties = uniqueBy([...existing.parties, ...project.parties], (p) => `${p.organisation}:${p.role}`);
      existing.milestones = mergeByKey(existing.milestones, incoming.milestones, (m) => `${m.kind}:${m.date}`);
      existing.measures = mergeByKey(existing.measures, incoming.measures, (m) => `${m.label}:${m.value}:${m.unit}`);
      existing.citations = uniqueCitations([...existing.citations, ...incoming.citations]);
      existing.files.push(file);
    }

    for (const agreement of records.agreements) {
      const where = `agreement "${agreement.slug}"`;
      const incoming = { ...agreement, citations: resolve(agreement.citations, where), files: [file] };
      const existing = agreements.get(agreement.slug);
      if (!existing) {
        agreements.set(agreement.slug, incoming);
        continue;
      }
      agree(where, [
        ['title', existing.title, agreement.title],
        ['kind', existing.kind, agreement.kind],
        ['domain', existing.domain, agreement.domain],
        ['partnerRegion', existing.partnerRegion, agreement.partnerRegion],
        ['signedOn', existing.signedOn, agreement.signedOn],
      ]);
      existing.partnerRegion ??= agreement.partnerRegion;
      existing.signedOn ??= agreement.signedOn;
      existing.summary ||= agreement.summary;
      existing.parties = uniqueBy([...existing.parties, ...agreement.parties], (p) => p.organisation);
      existing.citations = uniqueCitations([...existing.citations, ...incoming.citations]);
      existing.files.push(file);
    }

    for (const discrepancy of records.discrepancies) {
      const statements = discrepancy.statements.flatMap((statement, index) => {
        const source = statement.source ?? records.source;
        if (source) return [{ ...statement, source }];
        problems.push(`${file} › discrepancy "${discrepancy.key}" › statement ${index + 1}: no "source"`);
        return [];
      });
      discrepancies.push({ ...discrepancy, statements, file });
    }
  }
  return {
    organisations: [...organisations.values()],
    metrics: [...metrics.values()],
    projects: [...projects.values()],
    agreements: [...agreements.values()],
    discrepancies,
  };
}

/** The same period and basis stated again: one observation if the value agrees, else a conflict. */
function mergeObservations(
  existing: DatasetObservation[],
  incoming: DatasetObservation[],
  where: string,
  file: string,
  problems: string[],
): DatasetObservation[] {
  const merged = [...existing];
  for (const observation of incoming) {
    const key = observationKey(observation);
    const same = merged.find((o) => observationKey(o) === key);
    if (!same) {
      merged.push(observation);
      continue;
    }
    const conflicts = (
      [
        ['value', same.value, observation.value],
        ['qualifier', same.qualifier, observation.qualifier],
        ['isCumulative', same.isCumulative, observation.isCumulative],
        ['growthRate', same.growthRate, observation.growthRate],
        ['scope', same.scope, observation.scope],
      ] as Array<[string, unknown, unknown]>
    ).filter(([, a, b]) => a !== undefined && b !== undefined && a !== b);
    if (conflicts.length > 0) {
      const detail = conflicts.map(([field, a, b]) => `${field} ${String(b)} vs ${String(a)}`).join(', ');
      problems.push(
        `${file} › ${where} › observation ${key}: ${detail} stated elsewhere; give the observations distinct "key"s and declare a discrepancy`,
      );
      continue;
    }
    same.growthRate ??= observation.growthRate;
    same.growthQualifier ??= observation.growthQualifier;
    same.rankStatement ??= observation.rankStatement;
    same.scope ??= observation.scope;
    same.note = [...new Set([same.note, observation.note].filter(Boolean))].join('；') || undefined;
    same.citations = uniqueCitations([...same.citations, ...observation.citations]);
  }
  return merged;
}

function investmentText(project: { investment?: { amount: string; unit: string } }): string | undefined {
  return project.investment ? `${project.investment.amount}${project.investment.unit}` : undefined;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

function uniqueCitations(citations: ResolvedSeedCitation[]): ResolvedSeedCitation[] {
  return uniqueBy(citations, (c) => `${c.source}\u0000${c.quote.replace(/\s+/g, '')}\u0000${c.start ?? ''}`);
}

function mergeByKey<T extends { citations: ResolvedSeedCitation[] }>(
  existing: T[],
  incoming: T[],
  key: (item: T) => string,
): T[] {
  const merged = [...existing];
  for (const item of incoming) {
    const same = merged.find((m) => key(m) === key(item));
    if (same) same.citations = uniqueCitations([...same.citations, ...item.citations]);
    else merged.push(item);
  }
  return merged;
}
