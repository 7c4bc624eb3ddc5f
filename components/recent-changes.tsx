import Link from 'next/link';
import type { RecentChange } from '@/lib/public/home';

const dateFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'Asia/Shanghai' });

export function RecentChanges({ changes }: { changes: RecentChange[] }) {
  if (changes.length === 0) return <p className="empty">暂无发布记录。</p>;
  return (
    <ul className="record-list">
      {changes.map((change) => (
        <li key={change.id}>
          <span className="badge">{change.kind}</span> <Link href={change.href}>{change.label}</Link>
          <span className="record-list__meta">
            <time dateTime={change.publishedAt.toISOString()}>{dateFormat.format(change.publishedAt)}</time> 发布
          </span>
        </li>
      ))}
    </ul>
  );
}
