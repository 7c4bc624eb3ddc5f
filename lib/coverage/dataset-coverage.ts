// Coverage of every seeded source document by the seed dataset's citations, its named records and
// the statements set aside in seeds/coverage-ignore/.
import { planDataset } from '@/lib/seed/plan-dataset';
import { defaultSeedsDir, readDataset } from '@/lib/seed/read-dataset';
import type { SeedDataset } from '@/lib/seed/dataset-schema';
import { readCoverageIgnore } from './read-coverage-ignore';
import { measureCoverage, type NamedRecord, type SourceCoverage } from './source-coverage';

/** The share of statements with figures or names each document must have handled. */
export const COVERAGE_TARGET = 0.95;

export type DocumentCoverage = SourceCoverage & { slug: string; file: string; share: number };

/** The projects, organisations and agreements cited in each source (an organisation also through a party). */
function namedRecordsBySource(dataset: SeedDataset): Map<string, NamedRecord[]> {
  const bySource = new Map<string, NamedRecord[]>();
  const add = (sources: Iterable<string>, names: Array<string | undefined>) => {
    const record = { names: names.filter((name): name is string => !!name) };
    for (const source of new Set(sources)) bySource.set(source, [...(bySource.get(source) ?? []), record]);
  };
  const organisationNames = new Map(
    dataset.organisations.map((org) => [org.slug, [org.name, org.shortName, ...org.aliases]]),
  );
  for (const org of dataset.organisations) {
    add(
      org.citations.map((c) => c.source),
      organisationNames.get(org.slug)!,
    );
  }
  for (const project of dataset.projects) {
    const sources = [
      ...project.citations,
      ...project.milestones.flatMap((m) => m.citations),
      ...project.measures.flatMap((m) => m.citations),
    ].map((c) => c.source);
    add(sources, [project.name]);
    for (const party of project.parties) add(sources, organisationNames.get(party.organisation) ?? []);
  }
  for (const agreement of dataset.agreements) {
    const sources = agreement.citations.map((c) => c.source);
    add(sources, [agreement.title]);
    for (const party of agreement.parties) add(sources, organisationNames.get(party.organisation) ?? []);
  }
  return bySource;
}

export async function measureDatasetCoverage(seedsDir = defaultSeedsDir): Promise<DocumentCoverage[]> {
  const dataset = await readDataset(seedsDir);
  const plan = planDataset(dataset);
  const texts = new Map(dataset.sources.map((s) => [s.slug, s.text]));
  const problems: string[] = [];
  const ignored = await readCoverageIgnore(seedsDir, texts, problems);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const records = namedRecordsBySource(dataset);

  return dataset.sources.map((source) => {
    const cited = plan.citations
      .filter((c) => c.sourceSlug === source.slug)
      .map((c) => ({ start: c.startOffset, end: c.endOffset }));
    const coverage = measureCoverage(
      source.text,
      cited,
      ignored.get(source.slug) ?? [],
      records.get(source.slug) ?? [],
    );
    const share = coverage.statements === 0 ? 1 : coverage.covered / coverage.statements;
    return { ...coverage, slug: source.slug, file: source.file, share };
  });
}
