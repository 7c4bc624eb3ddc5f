// Coverage of every seeded source document by the seed dataset's citations and ignore lists.
import { planDataset } from '@/lib/seed/plan-dataset';
import { defaultSeedsDir, readDataset } from '@/lib/seed/read-dataset';
import { readCoverageIgnore } from './read-coverage-ignore';
import { measureCoverage, type SourceCoverage } from './source-coverage';

/** The share of number-bearing statements each document must have cited or deliberately ignored. */
export const COVERAGE_TARGET = 0.95;

export type DocumentCoverage = SourceCoverage & { slug: string; file: string; share: number };

export async function measureDatasetCoverage(seedsDir = defaultSeedsDir): Promise<DocumentCoverage[]> {
  const dataset = await readDataset(seedsDir);
  const plan = planDataset(dataset);
  const texts = new Map(dataset.sources.map((s) => [s.slug, s.text]));
  const problems: string[] = [];
  const ignored = await readCoverageIgnore(seedsDir, texts, problems);
  if (problems.length > 0) throw new Error(problems.join('\n'));

  return dataset.sources.map((source) => {
    const cited = plan.citations
      .filter((c) => c.sourceSlug === source.slug)
      .map((c) => ({ start: c.startOffset, end: c.endOffset }));
    const coverage = measureCoverage(source.text, cited, ignored.get(source.slug) ?? []);
    const share = coverage.statements === 0 ? 1 : coverage.covered / coverage.statements;
    return { ...coverage, slug: source.slug, file: source.file, share };
  });
}
