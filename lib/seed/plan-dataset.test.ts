// Record-discrepancy statements against the real dataset with one fact added: a statement is one
// citation, never the first of several that happen to quote the same words.
import { beforeAll, describe, expect, it } from 'vitest';
import { stableId } from '@/lib/ids/stable-id';
import type { SeedDataset } from './dataset-schema';
import { planDataset } from './plan-dataset';
import { readDataset } from './read-dataset';
import { SeedError } from './seed-error';

let seeded: SeedDataset;

beforeAll(async () => {
  seeded = await readDataset();
});

const YEARBOOK = 'jiangbei-yearbook-2020';
const PROGRESS = '川渝双地标“升级版太古里”取得实质进展';
const AT = 'seeds/records/jiangbei-yearbook-2020-overview.json › discrepancy "upgraded-taikoo-li-stage" › statement 1';

/** The dataset with the yearbook's 取得实质进展 also cited by a 2020 milestone of the same project. */
function withMilestoneQuotingProgress(): SeedDataset {
  const dataset = structuredClone(seeded);
  const project = dataset.projects.find((p) => p.slug === 'upgraded-taikoo-li')!;
  project.milestones.push({
    kind: 'SIGNED',
    date: '2020',
    basis: 'REPORTED',
    citations: [{ source: YEARBOOK, quote: PROGRESS, file: 'seeds/records/zz-test.json' }],
  });
  return dataset;
}

const stageDiscrepancy = (dataset: SeedDataset) =>
  dataset.discrepancies.find((d) => d.key === 'upgraded-taikoo-li-stage')!;

function problemsOf(dataset: SeedDataset): string[] {
  try {
    planDataset(dataset);
  } catch (error) {
    if (error instanceof SeedError) return error.problems;
    throw error;
  }
  return [];
}

/** The statement's citation, and which target that citation is on. */
function statementTarget(dataset: SeedDataset, index: number): string {
  const plan = planDataset(dataset);
  const id = stableId('record-discrepancy:upgraded-taikoo-li-stage');
  const citationId = plan.discrepancyStatements.filter((s) => s.discrepancyId === id)[index]!.citationId;
  const citation = plan.citations.find((c) => c.id === citationId)!;
  expect(citation.exact).toBe(PROGRESS);
  return citation.targetId;
}

describe('record-discrepancy statements', () => {
  const project = stableId('project:upgraded-taikoo-li');
  const milestone = stableId('milestone:upgraded-taikoo-li:0');

  it('resolve to the one citation of the quote on the named record', () => {
    expect(statementTarget(seeded, 0)).toBe(project);
  });

  it('are refused when the named records cite the quote twice, naming the file, the key and the candidates', () => {
    expect(problemsOf(withMilestoneQuotingProgress())).toEqual([
      `${AT}: "${PROGRESS}" is cited 2 times by the records the discrepancy names; ` +
        'say which citation it is with "on": "milestone:SIGNED:2020", "project"',
    ]);
  });

  it('take the citation their `on` names', () => {
    const dataset = withMilestoneQuotingProgress();
    stageDiscrepancy(dataset).statements[0]!.on = 'project';
    // The same citation as before the milestone was added, hence the same statement id.
    expect(statementTarget(dataset, 0)).toBe(project);
    stageDiscrepancy(dataset).statements[0]!.on = 'milestone:SIGNED:2020';
    expect(statementTarget(dataset, 0)).toBe(milestone);
  });

  it('refuse an `on` that names no citation of the quote, listing the candidates', () => {
    const dataset = withMilestoneQuotingProgress();
    stageDiscrepancy(dataset).statements[0]!.on = 'milestone:STARTED:2020';
    expect(problemsOf(dataset)).toEqual([
      `${AT}: on "milestone:STARTED:2020" names no citation of "${PROGRESS}"; ` +
        'the candidates are "milestone:SIGNED:2020", "project"',
    ]);
  });

  it('stay on their citation when a record the discrepancy does not name cites the quote too', () => {
    const dataset = structuredClone(seeded);
    dataset.organisations
      .find((o) => o.slug === 'sino-ocean-group')!
      .citations.push({ source: YEARBOOK, quote: PROGRESS, file: 'seeds/records/zz-test.json' });
    expect(statementTarget(dataset, 0)).toBe(project);
  });

  it('name a record the discrepancy does not name by kind and slug', () => {
    const dataset = structuredClone(seeded);
    const statement = stageDiscrepancy(dataset).statements[0]!;
    dataset.organisations
      .find((o) => o.slug === 'sino-ocean-group')!
      .citations.push({ source: YEARBOOK, quote: PROGRESS, file: 'seeds/records/zz-test.json' });
    statement.on = 'organisation:sino-ocean-group';
    expect(statementTarget(dataset, 0)).toBe(stableId('org:sino-ocean-group'));
    // Without `on`, only the named records count: the project's citation is still the one.
    delete statement.on;
    expect(statementTarget(dataset, 0)).toBe(project);
  });
});

describe('project aliases', () => {
  it('are planned when one of the project’s own quotes writes them', () => {
    const plan = planDataset(structuredClone(seeded));
    expect(plan.projects.find((p) => p.slug === 'jiujie')!.aliases).toEqual(
      expect.arrayContaining(['大九街', '不夜九街']),
    );
    expect(plan.projects.find((p) => p.slug === 'upgraded-taikoo-li')!.aliases).toEqual(['升级版远洋太古里']);
  });

  it('are refused when no quote of the project writes them', () => {
    const dataset = structuredClone(seeded);
    dataset.projects.find((p) => p.slug === 'jiujie')!.aliases.push('小九街');
    expect(problemsOf(dataset)).toEqual([
      expect.stringContaining('project "jiujie": alias "小九街" appears in none of the project\'s citations'),
    ]);
  });
});

describe('observation discrepancies across metrics', () => {
  const near50 = stableId('observation:agreements-signed-with-sichuan:2020:REPORTED');
  const yearbook105 = stableId('observation:sichuan-partner-special-agreements-count:2020:REPORTED');

  it('join the 近50 and the 105 observations of two metrics, keeping the declaring metric’s id', () => {
    const plan = planDataset(structuredClone(seeded));
    const id = stableId('discrepancy:agreements-signed-with-sichuan:0');
    expect(plan.discrepancies.map((d) => d.id)).toContain(id);
    const joined = plan.observations.filter((o) => o.discrepancyId === id).map((o) => o.id);
    expect(joined.sort()).toEqual([near50, yearbook105].sort());
    // The copy that only carried the discrepancy is gone: 105 is recorded once.
    expect(plan.observations.map((o) => o.id)).not.toContain(
      stableId('observation:agreements-signed-with-sichuan:2020:yearbook-special-agreements'),
    );
  });

  it('refuse an unknown observation of another metric', () => {
    const dataset = structuredClone(seeded);
    const metric = dataset.metrics.find((m) => m.slug === 'agreements-signed-with-sichuan')!;
    metric.discrepancies[0]!.observations[1] = {
      metric: 'sichuan-partner-special-agreements-count',
      key: '2019:REPORTED',
    };
    expect(problemsOf(dataset)).toEqual([
      expect.stringContaining(
        'discrepancy 1: unknown observation key "2019:REPORTED" of metric "sichuan-partner-special-agreements-count"',
      ),
    ]);
  });
});

describe('observation scope', () => {
  it('is planned on the core zone’s figures, keeping their ids', () => {
    const plan = planDataset(structuredClone(seeded));
    const core = plan.observations.find(
      (o) => o.id === stableId('observation:financial-institutions-count:2019:REPORTED'),
    )!;
    expect(core.scope).toBe('江北嘴金融核心区');
    const district = plan.observations.find(
      (o) => o.id === stableId('observation:financial-institutions-count:2020:REPORTED'),
    )!;
    expect(district.scope).toBeNull();
  });
});
