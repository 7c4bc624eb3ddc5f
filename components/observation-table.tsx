// A metric's observations as readers see them: the public metric page, and the reviewer's preview
// of that page before a change is published. Each citation marker sits beside the figure its quote
// states. On a phone the table becomes one card per observation with the quotes written out.
import Link from 'next/link';
import { CitationMarkers } from '@/components/citation-marker';
import { EditorLink } from '@/components/record-updated';
import { citationsByField, type ObservationFigures } from '@/lib/citations/cited-fields';
import { formatDayZh } from '@/lib/format/date-time';
import { formatFigure, formatGrowth } from '@/lib/format/value';
import { basisLabel } from '@/lib/labels';
import type { TableObservation } from '@/lib/records/metric/public';

type Props = {
  observations: TableObservation[];
  unit: string;
  numbers: Map<string, number>;
  historyPath: string;
  /** The one-fact edit form of an observation, linked for signed-in editors. */
  editPath?: (observationId: string) => string;
  /** Observation ids whose period has another source's value (see the discrepancies section). */
  conflicting?: Set<string>;
  /** For an observation in a discrepancy with observations of other metrics: links to those. */
  elsewhere?: Map<string, ReadonlyArray<{ href: string; label: string }>>;
};

export function observationFigures(o: TableObservation, unit: string): ObservationFigures {
  return {
    value: o.value.toString(),
    unit,
    growthRate: o.growthRate?.toString() ?? null,
    rankStatement: o.rankStatement,
  };
}

/** The citations of observations in the order the table shows their markers, for page-wide numbering. */
export function observationCitationOrder(observations: TableObservation[], unit: string) {
  return observations.flatMap((o) => {
    const byField = citationsByField(o.citations, observationFigures(o, unit));
    return [byField.whole, byField.value, byField.growthRate, byField.rankStatement];
  });
}

export function ObservationTable({
  observations,
  unit,
  numbers,
  historyPath,
  editPath,
  conflicting,
  elsewhere,
}: Props) {
  return (
    <div className="table-scroll table-scroll--cards">
      <table className="data-table observation-table">
        <thead>
          <tr>
            <th scope="col">时期</th>
            <th scope="col">数值</th>
            <th scope="col">性质</th>
            <th scope="col">增速</th>
            <th scope="col">说明</th>
          </tr>
        </thead>
        <tbody>
          {observations.map((o) => {
            const cited = citationsByField(o.citations, observationFigures(o, unit));
            const shownBefore = (lists: Array<{ id: string }[]>) => new Set(lists.flat().map((c) => c.id));
            const notes = [o.note, o.rank === 'PREFERRED' ? `优先采用：${o.rankReason ?? ''}` : null].filter(Boolean);
            const deprecated = o.rank === 'DEPRECATED';
            return (
              <tr key={o.id} id={`obs-${o.id}`} className={deprecated ? 'is-deprecated' : undefined}>
                <th scope="row">
                  {o.periodLabel}
                  <CitationMarkers citations={cited.whole} numbers={numbers} />
                  {conflicting?.has(o.id) && (
                    <a className="badge badge--conflict" href="#discrepancies-title">
                      来源不一
                    </a>
                  )}
                  {elsewhere?.get(o.id)?.map((link) => (
                    <Link key={link.href} className="observation-table__elsewhere" href={link.href}>
                      对照：{link.label}
                    </Link>
                  ))}
                </th>
                <td className="num" data-label="数值">
                  {formatFigure({ ...o, unit })}
                  <CitationMarkers citations={cited.value} numbers={numbers} repeated={shownBefore([cited.whole])} />
                  {o.scope && <span className="scope-tag">{o.scope}</span>}
                </td>
                <td data-label="性质">{basisLabel[o.basis]}</td>
                <td className={o.growthRate === null ? 'num is-empty' : 'num'} data-label="增速">
                  {o.growthRate !== null ? formatGrowth(o.growthRate, o.growthQualifier) : '—'}
                  <CitationMarkers
                    citations={cited.growthRate}
                    numbers={numbers}
                    repeated={shownBefore([cited.whole, cited.value])}
                  />
                </td>
                <td
                  data-label="说明"
                  className={o.rankStatement || notes.length || o.correctedAt ? undefined : 'is-empty'}
                >
                  {o.rankStatement && (
                    <span className="observation-table__rank">
                      {o.rankStatement}
                      <CitationMarkers
                        citations={cited.rankStatement}
                        numbers={numbers}
                        repeated={shownBefore([cited.whole, cited.value, cited.growthRate])}
                      />
                    </span>
                  )}
                  {notes.length > 0 && <span className="observation-table__note">{notes.join('；')}</span>}
                  {!o.rankStatement && notes.length === 0 && !o.correctedAt && '—'}
                  {o.correctedAt && (
                    <Link className="correction-note" href={historyPath}>
                      已于{formatDayZh(o.correctedAt)}更正
                    </Link>
                  )}
                  {editPath && <EditorLink href={editPath(o.id)} label="编辑" />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
