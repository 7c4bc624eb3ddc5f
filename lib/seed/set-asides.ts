// The seed's set-aside statements: seeds/coverage-ignore/*.json, confirmed by the code review of
// those files, loaded so the fact desk shows them with their reasons.
import { readCoverageIgnore } from '@/lib/coverage/read-coverage-ignore';
import { stableId } from '@/lib/ids/stable-id';
import type { SeedDataset } from './dataset-schema';
import { SeedError } from './seed-error';

export type PlannedSetAside = {
  id: string;
  sourceSlug: string;
  startOffset: number;
  endOffset: number;
  exact: string;
  reason: string;
};

export async function planSetAsides(seedsDir: string, dataset: SeedDataset): Promise<PlannedSetAside[]> {
  const texts = new Map(dataset.sources.map((source) => [source.slug, source.text]));
  const problems: string[] = [];
  const ignored = await readCoverageIgnore(seedsDir, texts, problems);
  if (problems.length > 0) throw new SeedError(problems);
  return [...ignored].flatMap(([sourceSlug, spans]) =>
    spans.map((span) => ({
      id: stableId(`set-aside:${sourceSlug}:${span.start}-${span.end}`),
      sourceSlug,
      startOffset: span.start,
      endOffset: span.end,
      exact: [...texts.get(sourceSlug)!].slice(span.start, span.end).join(''),
      reason: span.reason,
    })),
  );
}
