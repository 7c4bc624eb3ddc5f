import type { ReactNode } from 'react';

export type FactRow = [label: string, value: ReactNode];

/** A definition list of a record's facts; null rows (facts the source does not give) are skipped. */
export function Facts({ rows }: { rows: Array<FactRow | null> }) {
  return (
    <dl className="facts">
      {rows
        .filter((row): row is FactRow => row !== null)
        .map(([label, value]) => (
          <div key={label} className="facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
