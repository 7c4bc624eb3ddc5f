// npm run coverage:sources [-- --check] — per source document, how many number-bearing statements
// the seed dataset cites, and the uncited ones with line numbers. --check exits 1 below the target.
import { readCoverageIgnore } from '@/lib/coverage/read-coverage-ignore';
import { measureCoverage } from '@/lib/coverage/source-coverage';
import { planDataset } from '@/lib/seed/plan-dataset';
import { defaultSeedsDir, readDataset } from '@/lib/seed/read-dataset';
import { runMain } from './lib/run-main';

const TARGET = 0.95;

runMain(async () => {
  const check = process.argv.includes('--check');
  const dataset = await readDataset();
  const plan = planDataset(dataset);
  const texts = new Map(dataset.sources.map((s) => [s.slug, s.text]));
  const problems: string[] = [];
  const ignored = await readCoverageIgnore(defaultSeedsDir, texts, problems);
  if (problems.length > 0) throw new Error(problems.join('\n'));

  let belowTarget = 0;
  for (const source of dataset.sources) {
    const cited = plan.citations
      .filter((c) => c.sourceSlug === source.slug)
      .map((c) => ({ start: c.startOffset, end: c.endOffset }));
    const coverage = measureCoverage(source.text, cited, ignored.get(source.slug) ?? []);
    const share = coverage.statements === 0 ? 1 : coverage.covered / coverage.statements;
    if (share < TARGET) belowTarget += 1;
    console.log(
      `${source.file} (${source.slug}): ${coverage.covered}/${coverage.statements} number-bearing statements covered ` +
        `(${(share * 100).toFixed(1)}%), numbers ${coverage.numbersCovered}/${coverage.numbers}`,
    );
    for (const statement of coverage.uncovered) {
      const missing = statement.numbers.filter((n) => !n.covered).map((n) => n.text.replace(/\s+/g, ''));
      console.log(
        `  line ${statement.line}: [${missing.join(', ')}] ${statement.text.replace(/\s+/g, ' ').trim().slice(0, 90)}`,
      );
    }
  }
  console.log(`target: ${TARGET * 100}% of number-bearing statements in each document`);
  if (check && belowTarget > 0) throw new Error(`${belowTarget} document(s) below the coverage target`);
});
