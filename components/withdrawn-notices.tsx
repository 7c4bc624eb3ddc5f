// Notices standing at the anchors of withdrawn facts: hidden until a link targets one (CSS
// :target), so an old shared link to a citation or observation explains itself without JavaScript.
import Link from 'next/link';
import { formatDayZh } from '@/lib/format/date-time';
import { historyHref, type WithdrawnNotice } from '@/lib/public/history';

const noun = { CITATION: '引文', OBSERVATION: '数据', MILESTONE: '进展节点', MEASURE: '数据', PARTY: '参与机构' };

export function WithdrawnNoticeText({ notice }: { notice: WithdrawnNotice }) {
  return (
    <>
      <strong>
        此{noun[notice.factType]}已于{formatDayZh(notice.withdrawnAt)}撤回。
      </strong>{' '}
      原内容：“{notice.label}”。原因：{notice.reason ?? '编辑未说明'}。
      {notice.record && (
        <>
          {' '}
          <Link href={historyHref(notice.record)}>查看「{notice.record.title}」的修改历史</Link>
        </>
      )}
    </>
  );
}

export function WithdrawnNotices({ notices, prefix }: { notices: WithdrawnNotice[]; prefix: 'cite' | 'obs' }) {
  if (notices.length === 0) return null;
  return (
    <div className="withdrawn-notices">
      {notices.map((notice) => (
        <p key={notice.factId} id={`${prefix}-${notice.factId}`} className="withdrawn-notice" role="note">
          <WithdrawnNoticeText notice={notice} />
        </p>
      ))}
    </div>
  );
}
