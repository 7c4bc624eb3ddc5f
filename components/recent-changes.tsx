import Link from 'next/link';
import type { RecentChange } from '@/lib/public/home';

const dateFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'Asia/Shanghai' });

/** Recently published versions, each with what it changed; `brief` (the home page) shows one line of that. */
export function RecentChanges({ changes, brief = false }: { changes: RecentChange[]; brief?: boolean }) {
  if (changes.length === 0) return <p className="empty">暂无发布记录。</p>;
  return (
    <ul className="record-list">
      {changes.map((change) => {
        const lines = brief ? change.summary.lines.slice(0, 1) : change.summary.lines;
        return (
          <li key={change.id} id={change.id}>
            <span className="badge">{change.kind}</span>{' '}
            {change.href ? <Link href={change.href}>{change.label}</Link> : change.label}
            {lines.length > 0 && (
              <ul className="change-lines">
                {lines.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            )}
            <span className="record-list__meta">
              <time dateTime={change.publishedAt.toISOString()}>{dateFormat.format(change.publishedAt)}</time>{' '}
              {change.summary.verb}
              {change.historyHref && (
                <>
                  {' · '}
                  <Link href={change.historyHref} aria-label={`${change.label}的修改历史`}>
                    修改历史
                  </Link>
                </>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
