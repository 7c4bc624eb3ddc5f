import { QuoteBlock } from '@/components/quote-block';
import { discrepancyAspectLabel } from '@/lib/labels';
import type { RecordDiscrepancyData } from '@/lib/public/citations';

/** Documents that disagree about a project, agreement or organisation, side by side with the editor's note. */
export function RecordDiscrepancies({ discrepancies }: { discrepancies: RecordDiscrepancyData[] }) {
  // One side left (the other's record unpublished) is no disagreement a reader can check.
  const shown = discrepancies.filter((d) => d.statements.length >= 2);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="discrepancies-title">
      <h2 id="discrepancies-title">来源之间的差异</h2>
      {shown.map((d) => (
        <div key={d.id} id={`discrepancy-${d.id}`} className="discrepancy">
          <p>
            <span className="badge">{discrepancyAspectLabel[d.aspect]}</span> {d.note}
          </p>
          <div className="discrepancy__sides">
            {d.statements.map((statement) => (
              <div key={statement.id} className="discrepancy__side">
                <p className="figure">
                  {statement.reading}
                  {statement.preferred && <span className="badge">优先采用</span>}
                </p>
                <QuoteBlock citation={statement.citation} />
              </div>
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
