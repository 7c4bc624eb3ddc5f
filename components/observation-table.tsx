// A metric's observations as readers see them: the public metric page, and the reviewer's preview
// of that page before a change is published.
import Link from 'next/link';
import { CitationMarkers } from '@/components/citation-marker';
import { EditorLink } from '@/components/record-updated';
import { formatDayZh } from '@/lib/format/date-time';
import { formatFigure, formatGrowth } from '@/lib/format/value';
import { basisLabel } from '@/lib/labels';
import type { TableObservation } from '@/lib/public/metrics';

type Props = {
  observations: TableObservation[];
  unit: string;
  numbers: Map<string, number>;
  historyPath: string;
  /** The one-fact edit form of an observation, linked for signed-in editors. */
  editPath?: (observationId: string) => string;
};

export function ObservationTable({ observations, unit, numbers, historyPath, editPath }: Props) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">时期</th>
            <th scope="col">数值</th>
            <th scope="col">性质</th>
            <th scope="col">增速</th>
            <th scope="col">说明</th>
            <th scope="col">出处</th>
          </tr>
        </thead>
        <tbody>
          {observations.map((o) => (
            <tr key={o.id} id={`obs-${o.id}`} className={o.rank === 'DEPRECATED' ? 'is-deprecated' : undefined}>
              <th scope="row">{o.periodLabel}</th>
              <td className="num">{formatFigure({ ...o, unit })}</td>
              <td>{basisLabel[o.basis]}</td>
              <td className="num">{o.growthRate !== null ? formatGrowth(o.growthRate, o.growthQualifier) : '—'}</td>
              <td>
                {[o.rankStatement, o.note, o.rank === 'PREFERRED' ? `优先采用：${o.rankReason ?? ''}` : null]
                  .filter(Boolean)
                  .join('；') || (o.correctedAt ? '' : '—')}
                {o.correctedAt && (
                  <Link className="correction-note" href={historyPath}>
                    已于{formatDayZh(o.correctedAt)}更正
                  </Link>
                )}
              </td>
              <td>
                <CitationMarkers citations={o.citations} numbers={numbers} />
                {editPath && <EditorLink href={editPath(o.id)} label="编辑" />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
