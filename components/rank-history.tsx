// The ranks a metric's observations state, read into positions and grouped by what they are
// counted among (全市, 主城都市区中心城区 …), so a reader can compare them across periods.
import { readRanks } from '@/lib/records/metric/rank';

type Observation = { id: string; periodLabel: string; rankStatement: string | null };

export function RankHistory({ observations }: { observations: Observation[] }) {
  const rows = observations.flatMap((o) =>
    readRanks(o.rankStatement ?? '').map((rank) => ({ ...rank, id: o.id, periodLabel: o.periodLabel })),
  );
  if (rows.length === 0) return null;
  const groups = [...new Set(rows.map((row) => row.group))];
  return (
    <section aria-labelledby="ranks-title">
      <h2 id="ranks-title">名次</h2>
      <p className="muted">由上表“排名表述”读出：名次越小越靠前。</p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">范围</th>
              <th scope="col">时期</th>
              <th scope="col">名次</th>
              <th scope="col">原文表述</th>
            </tr>
          </thead>
          <tbody>
            {groups.flatMap((group) =>
              rows
                .filter((row) => row.group === group)
                .map((row, index) => (
                  <tr key={`${group}-${row.id}-${row.statement}`}>
                    {index === 0 && (
                      <th scope="rowgroup" rowSpan={rows.filter((r) => r.group === group).length}>
                        {group}
                      </th>
                    )}
                    <td>
                      <a href={`#obs-${row.id}`}>{row.periodLabel}</a>
                    </td>
                    <td>{row.top ? `前 ${row.position}` : `第 ${row.position}`}</td>
                    <td>{row.statement}</td>
                  </tr>
                )),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
