// npm run seed:check — validates the seed dataset without a database: every file against its
// schema, every reference, every citation against its source, every number against its quote.
import { planDataset } from '@/lib/seed/plan-dataset';
import { readDataset } from '@/lib/seed/read-dataset';
import { runMain } from './lib/run-main';

runMain(async () => {
  const dataset = await readDataset();
  const plan = planDataset(dataset);
  const counts = {
    sources: plan.sources.length,
    topics: plan.topics.length,
    organisations: plan.organisations.length,
    metrics: plan.metrics.length,
    observations: plan.observations.length,
    projects: plan.projects.length,
    agreements: plan.agreements.length,
    citations: plan.citations.length,
  };
  console.log(
    `seed dataset OK: ${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
});
