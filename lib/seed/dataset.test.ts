// The real seed dataset, read and planned exactly as `npm run db:seed` does: what the issue asks
// the data to contain, and that every document is covered by citations.
import { beforeAll, describe, expect, it } from 'vitest';
import { COVERAGE_TARGET, measureDatasetCoverage } from '@/lib/coverage/dataset-coverage';
import { stageConflicts, valueConflicts } from '@/lib/fact-desk/discrepancies';
import { planDataset } from './plan-dataset';
import { readDataset } from './read-dataset';
import type { SeedDataset } from './dataset-schema';

let dataset: SeedDataset;
let plan: ReturnType<typeof planDataset>;

beforeAll(async () => {
  dataset = await readDataset();
  plan = planDataset(dataset);
});

const metric = (slug: string) => {
  const found = dataset.metrics.find((m) => m.slug === slug);
  if (!found) throw new Error(`no metric ${slug}`);
  return found;
};
const project = (slug: string) => {
  const found = dataset.projects.find((p) => p.slug === slug);
  if (!found) throw new Error(`no project ${slug}`);
  return found;
};

describe('the seed dataset', () => {
  it('resolves every disagreement candidate the fact desk finds', () => {
    const keyOf = (o: { key?: string; period: string; basis: string }) => o.key ?? `${o.period}:${o.basis}`;
    const values = valueConflicts(
      dataset.metrics.flatMap((m) =>
        m.observations.map((o) => {
          // A discrepancy may name observations of other metrics ({ metric, key }).
          const refersTo = (owner: string, ref: string | { metric: string; key: string }) =>
            typeof ref === 'string'
              ? owner === m.slug && ref === keyOf(o)
              : ref.metric === m.slug && ref.key === keyOf(o);
          const declared = dataset.metrics.flatMap((owner) =>
            owner.discrepancies.flatMap((d, index) =>
              d.observations.some((ref) => refersTo(owner.slug, ref)) ? [`${owner.slug}#${index}`] : [],
            ),
          );
          return {
            id: `${m.slug}/${keyOf(o)}`,
            metric: m.slug,
            period: o.period,
            value: o.value,
            basis: o.basis,
            scope: o.scope ?? null,
            discrepancyId: declared[0] ?? null,
            sources: o.citations.map((c) => c.source),
            quotes: o.citations.map((c) => `${c.source}:${c.quote}`),
          };
        }),
      ),
    );
    const stages = stageConflicts(
      dataset.projects.map((p) => ({
        slug: p.slug,
        projectStatus: p.projectStatus,
        statusDiscrepancy: dataset.discrepancies.some((d) => d.project === p.slug && d.aspect === 'STATUS'),
        quotes: [...p.citations, ...p.milestones.flatMap((m) => m.citations)].map((c) => ({
          exact: c.quote,
          source: c.source,
        })),
      })),
    );
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((c) => !c.resolved).map((c) => `${c.metric} ${c.period}`)).toEqual([]);
    expect(stages.filter((c) => !c.resolved).map((c) => c.project)).toEqual([]);
  });

  it('covers at least the target share of statements with figures or names in every document', async () => {
    const documents = await measureDatasetCoverage();
    expect(documents).toHaveLength(5);
    for (const document of documents) {
      expect(document.share, `${document.slug} coverage`).toBeGreaterThanOrEqual(COVERAGE_TARGET);
    }
  });

  it('keeps GDP as one metric with its values over time, qualifiers and growth', () => {
    const gdp = metric('gdp');
    const byPeriod = Object.fromEntries(
      gdp.observations.map((o) => [`${o.period}:${o.basis}`, [o.value, o.qualifier, o.growthRate ?? null]]),
    );
    expect(byPeriod).toMatchObject({
      '2016:REPORTED': ['778', 'EXACT', null],
      '2019:REPORTED': ['1240', 'EXACT', '8'],
      '2020:REPORTED': ['1325', 'EXACT', '3.9'],
      '2022:EXPECTED': ['1600', 'ABOUT', '3'],
    });
  });

  it('holds the named projects with their figures and dates', () => {
    const beibin = project('beibin-road-east-extension');
    expect(beibin.measures.map((m) => [m.value, m.unit])).toContainEqual(['11.2', '公里']);
    expect(beibin.milestones.map((m) => [m.kind, m.date])).toContainEqual(['STARTED', '2022-12-26']);
    const batch = project('key-projects-2023-first-batch');
    expect(batch.investment).toMatchObject({ amount: '302.5', unit: '亿元' });
    expect(batch.measures.map((m) => m.value)).toContain('42');
  });

  it('records agreements between two or more organisations, dated, with the Deyang education agreement', () => {
    for (const agreement of dataset.agreements) {
      expect(agreement.parties.length, agreement.slug).toBeGreaterThanOrEqual(2);
      expect(agreement.signedOn, agreement.slug).toBeDefined();
    }
    // The yearbook dates it only to a visit on 27–29 September ("其间"), so month precision is right.
    const deyangEducation = dataset.agreements.find((a) => a.slug === 'deyang-jiangbei-education-framework');
    expect(deyangEducation).toMatchObject({ partnerRegion: 'deyang', domain: 'EDUCATION', signedOn: '2020-09' });
  });

  it('names each organisation once and gives every record at least one anchored citation', () => {
    const names = dataset.organisations.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
    const cited = new Set(plan.citations.map((c) => c.targetId));
    for (const observation of plan.observations) expect(cited.has(observation.id), observation.id).toBe(true);
    for (const row of plan.projects) expect(cited.has(row.id), row.slug).toBe(true);
    for (const row of plan.agreements) expect(cited.has(row.id), row.slug).toBe(true);
    for (const citation of plan.citations) {
      const text = dataset.sources.find((s) => s.slug === citation.sourceSlug)!.text;
      expect([...text].slice(citation.startOffset, citation.endOffset).join('')).toBe(citation.exact);
    }
  });
});
