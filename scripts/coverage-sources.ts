// npm run coverage:sources [-- --check] — per source document, how many number-bearing statements
// the seed dataset cites, and the uncited ones with line numbers. --check exits 1 below the target.
import { COVERAGE_TARGET, measureDatasetCoverage } from '@/lib/coverage/dataset-coverage';
import { runMain } from './lib/run-main';

runMain(async () => {
  const check = process.argv.includes('--check');
  const documents = await measureDatasetCoverage();
  for (const coverage of documents) {
    console.log(
      `${coverage.file} (${coverage.slug}): ${coverage.covered}/${coverage.statements} number-bearing statements covered ` +
        `(${(coverage.share * 100).toFixed(1)}%), numbers ${coverage.numbersCovered}/${coverage.numbers}`,
    );
    for (const statement of coverage.uncovered) {
      const missing = statement.numbers.filter((n) => !n.covered).map((n) => n.text.replace(/\s+/g, ''));
      console.log(
        `  line ${statement.line}: [${missing.join(', ')}] ${statement.text.replace(/\s+/g, ' ').trim().slice(0, 90)}`,
      );
    }
  }
  console.log(`target: ${COVERAGE_TARGET * 100}% of number-bearing statements in each document`);
  const belowTarget = documents.filter((d) => d.share < COVERAGE_TARGET).length;
  if (check && belowTarget > 0) throw new Error(`${belowTarget} document(s) below the coverage target`);
});
