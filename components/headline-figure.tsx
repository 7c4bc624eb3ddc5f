// The figure a metric page opens with: the latest reported value, its growth, and the quote it
// comes from written out, so that a page with one value still answers "how much, when, says who".
import { CitationMarkers } from '@/components/citation-marker';
import { observationFigures } from '@/components/observation-table';
import { QuoteBlock } from '@/components/quote-block';
import { citationsByField } from '@/lib/citations/cited-fields';
import { formatFigure, formatGrowth } from '@/lib/format/value';
import type { TableObservation } from '@/lib/records/metric/public';

type Props = {
  observation: TableObservation;
  unit: string;
  numbers: Map<string, number>;
  /** Another source gives a different value for the same period. */
  conflict: boolean;
};

export function HeadlineFigure({ observation: o, unit, numbers, conflict }: Props) {
  const cited = citationsByField(o.citations, observationFigures(o, unit));
  const quotes = cited.value.length > 0 ? cited.value : o.citations;
  return (
    <section className="headline-figure" aria-labelledby="headline-title">
      <h2 id="headline-title" className="headline-figure__label">
        {o.periodLabel}
      </h2>
      <p className="headline-figure__value">
        <span className="figure">{formatFigure({ ...o, unit })}</span>
        <CitationMarkers citations={cited.value} numbers={numbers} />
        {o.scope && <span className="scope-tag">{o.scope}</span>}
      </p>
      {o.growthRate !== null && (
        <p className="headline-figure__growth">
          {formatGrowth(o.growthRate, o.growthQualifier)}
          <CitationMarkers citations={cited.growthRate} numbers={numbers} />
        </p>
      )}
      {o.rankStatement && (
        <p className="headline-figure__rank">
          {o.rankStatement}
          <CitationMarkers citations={cited.rankStatement} numbers={numbers} />
        </p>
      )}
      {conflict && (
        <p className="headline-figure__conflict">
          另有来源给出不同数值，见<a href="#discrepancies-title">来源之间的差异</a>。
        </p>
      )}
      {quotes.slice(0, 2).map((citation) => (
        <QuoteBlock key={citation.id} citation={citation} />
      ))}
    </section>
  );
}
