// The change page's sections that only present what lib/admin/change-review.ts gathered.
import Link from 'next/link';
import type { ThreadEntry } from '@/lib/admin/change-review';
import { adminEditPath } from '@/lib/admin/paths';
import { formatDateTimeZh } from '@/lib/format/date-time';
import type { RecordType } from '@/lib/generated/prisma/enums';

export function ChangeFacts(props: {
  author: string;
  updatedAt: Date;
  saves: number;
  submittedAt: Date | null;
  published: { recordType: RecordType; recordId: string } | null;
}) {
  return (
    <dl className="change-facts">
      <div>
        <dt>作者</dt>
        <dd>{props.author}</dd>
      </div>
      <div>
        <dt>最近保存</dt>
        <dd>
          {formatDateTimeZh(props.updatedAt)}（第 {props.saves} 次保存）
        </dd>
      </div>
      {props.submittedAt && (
        <div>
          <dt>提交审核</dt>
          <dd>{formatDateTimeZh(props.submittedAt)}</dd>
        </div>
      )}
      {props.published && (
        <div>
          <dt>公开记录</dt>
          <dd>
            <Link href={adminEditPath(props.published.recordType, props.published.recordId)}>查看并继续编辑</Link>
          </dd>
        </div>
      )}
    </dl>
  );
}

/** What the checks found that a reviewer should look at before deciding. */
export function ReviewWarnings({ fieldErrors, notes }: { fieldErrors: Record<string, string>; notes: string[] }) {
  if (Object.keys(fieldErrors).length === 0 && notes.length === 0) return null;
  return (
    <section className="warnings" aria-label="核验提示">
      <h2>核验提示</h2>
      <ul>
        {Object.entries(fieldErrors).map(([path, message]) => (
          <li key={path}>
            <code>{path}</code>：{message}
          </li>
        ))}
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}

export function ChangeNotes({ publicNote, editorNote }: { publicNote: string | null; editorNote: string | null }) {
  if (!publicNote && !editorNote) return null;
  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">修改说明</h2>
      <dl className="change-facts">
        {publicNote && (
          <div>
            <dt>修改原因（公开）</dt>
            <dd>{publicNote}</dd>
          </div>
        )}
        {editorNote && (
          <div>
            <dt>给审核人的说明</dt>
            <dd>{editorNote}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}

export function ReviewThread({ entries }: { entries: ThreadEntry[] }) {
  if (entries.length === 0) return <p className="empty">还没有审核意见或评论。</p>;
  return (
    <ol className="thread">
      {entries.map((entry) => (
        <li key={entry.id}>
          <strong>{entry.author}</strong> {entry.what}
          <span className="muted">（{formatDateTimeZh(entry.at)}）</span>
          {entry.body && <p>{entry.body}</p>}
        </li>
      ))}
    </ol>
  );
}
