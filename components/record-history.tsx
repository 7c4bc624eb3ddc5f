// The public history of one record: every published version, when, why (the change's public
// reason) and what it changed, old → new. The same page serves metrics, projects, agreements and
// sources; each route only names its record type.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DiffTable } from '@/components/diff-table';
import { Pagination } from '@/components/pagination';
import type { RecordType } from '@/lib/generated/prisma/enums';
import { formatDayZh } from '@/lib/format/date-time';
import { changeActionLabel, recordTypeLabel } from '@/lib/labels';
import { getPublicHistory, historyHref } from '@/lib/public/history';

type Props = { params: Promise<{ slug: string; page?: string[] }> };

/** Page number from the optional path segment (/history, /history/2); null when it is not one. */
function pageOf(segments: string[] | undefined): number | null {
  if (!segments || segments.length === 0) return 1;
  const page = Number(segments[0]);
  return segments.length === 1 && Number.isInteger(page) && page >= 2 && page <= 10_000 ? page : null;
}

export function recordHistoryRoute(recordType: RecordType) {
  async function load({ params }: Props) {
    const { slug, page } = await params;
    const number = pageOf(page);
    return number === null ? null : getPublicHistory(recordType, slug, number).then((h) => h && { ...h, page: number });
  }

  async function generateMetadata(props: Props): Promise<Metadata> {
    const history = await load(props);
    if (!history) return { title: '页面不存在' };
    return {
      title: `修改历史：${history.record.title}`,
      description: `${recordTypeLabel[recordType]}「${history.record.title}」每一次公开修改的时间、原因和内容。`,
      alternates: { canonical: historyHref(history.record) },
    };
  }

  async function RecordHistoryPage(props: Props) {
    const history = await load(props);
    if (!history || history.page > history.pages) notFound();
    const { record, entries, page, pages } = history;
    return (
      <>
        <nav aria-label="位置" className="breadcrumb">
          <Link href="/">首页</Link> / <Link href={record.href}>{record.title}</Link> / <span>修改历史</span>
        </nav>
        <h1>修改历史：{record.title}</h1>
        <p className="lead">每一次公开的修改都经另一位审核人批准。这里列出每个版本的发布时间、修改原因和改动的内容。</p>
        {entries.map((entry) => (
          <section
            key={entry.version}
            id={`v${entry.version}`}
            className="history-entry"
            aria-labelledby={`v${entry.version}-title`}
          >
            <h2 id={`v${entry.version}-title`}>
              第 {entry.version} 版 · {formatDayZh(entry.publishedAt)}
              {entry.action && entry.action !== 'UPDATE' && `（${changeActionLabel[entry.action]}）`}
            </h2>
            <p>{entry.version === 1 ? '首次发布。' : `修改原因：${entry.reason ?? '编辑未说明'}`}</p>
            {entry.version > 1 && entry.rows.length > 0 && (
              <DiffTable rows={entry.rows} beforeLabel="修改前" afterLabel="修改后" />
            )}
          </section>
        ))}
        <Pagination
          page={page}
          pages={pages}
          href={(n) => (n === 1 ? historyHref(record) : `${historyHref(record)}/${n}`)}
        />
      </>
    );
  }

  return { generateMetadata, RecordHistoryPage };
}
