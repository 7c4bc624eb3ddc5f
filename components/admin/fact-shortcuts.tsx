// On a record's admin page: its facts one by one, each with a small form of its own, so that one
// new or corrected value does not mean editing the whole record.
import Link from 'next/link';
import { EDITABLE_FACTS, factTitle, type EditableFacts } from '@/lib/records/fact-lists';

type Fact = Record<string, unknown> & { id?: string; citations?: unknown[] };

export function FactShortcuts(props: {
  base: string;
  facts: EditableFacts;
  items: Fact[];
  names: Map<string, string>;
}) {
  const { base, facts, items, names } = props;
  const { list, noun } = EDITABLE_FACTS[facts];
  const titleId = `one-fact-${list}`;
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>逐项修改{noun}</h2>
      <p>
        <Link className="button button--small" href={`${base}/${list}/new`}>
          ＋ 添加一个{noun}
        </Link>
      </p>
      {items.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{noun}</th>
                <th scope="col">数值</th>
                <th scope="col">引文</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {items.map((fact) => {
                const title = factTitle(facts, fact, names);
                return (
                  <tr key={fact.id}>
                    <th scope="row">{title}</th>
                    <td className="num">
                      {typeof fact.value === 'string' ? `${fact.value}${String(fact.unit ?? '')}` : '—'}
                    </td>
                    <td>{fact.citations?.length ?? 0}</td>
                    <td>
                      <Link href={`${base}/${list}/${fact.id}`} aria-label={`修改或撤回 ${title}`}>
                        修改或撤回
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
