// npm run coverage:sources [-- --check] — per source document, how many statements with figures or
// names the seed dataset handles (cited, named by a cited record, or set aside with a reason), and
// the open ones with line numbers and what is missing. --check exits 1 below the target.
import { COVERAGE_TARGET, measureDatasetCoverage } from '@/lib/coverage/dataset-coverage';
import { runMain } from './lib/run-main';

const percent = (part: number, whole: number) => (whole === 0 ? '100.0' : ((part / whole) * 100).toFixed(1));

runMain(async () => {
  const check = process.argv.includes('--check');
  const documents = await measureDatasetCoverage();
  for (const coverage of documents) {
    console.log(
      `${coverage.file} (${coverage.slug}): ${coverage.covered}/${coverage.statements} statements handled ` +
        `(${percent(coverage.covered, coverage.statements)}%); ` +
        `figures ${coverage.numbersCovered}/${coverage.numbers} (${percent(coverage.numbersCovered, coverage.numbers)}%), ` +
        `names ${coverage.namesCovered}/${coverage.names} (${percent(coverage.namesCovered, coverage.names)}%)`,
    );
    for (const statement of coverage.uncovered) {
      const figures = statement.figures.filter((f) => !f.covered).map((f) => f.text.replace(/\s+/g, ''));
      const names = statement.nameChecks.filter((n) => !n.covered).map((n) => n.text);
      const missing = [...figures, ...names.map((name) => `«${name}»`)];
      console.log(
        `  line ${statement.line}: [${missing.join(', ')}] ${statement.text.replace(/\s+/g, ' ').trim().slice(0, 90)}`,
      );
    }
  }
  console.log(`target: ${COVERAGE_TARGET * 100}% of statements with figures or names handled in each document`);
  const belowTarget = documents.filter((d) => d.share < COVERAGE_TARGET).length;
  if (check && belowTarget > 0) throw new Error(`${belowTarget} document(s) below the coverage target`);
});
