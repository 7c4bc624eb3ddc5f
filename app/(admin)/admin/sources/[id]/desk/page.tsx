import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FactDesk, type DeskStatementView } from '@/components/admin/fact-desk';
import { Pagination, pageParam } from '@/components/pagination';
import { formOptions } from '@/lib/admin/queries';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { discrepancyCandidates, getFactDesk, metricChoices } from '@/lib/fact-desk/desk';
import { DiscrepancyCandidates } from '@/components/admin/discrepancy-candidates';
import { DESK_FILTERS, deskFilterLabel, parseDeskFilter } from '@/lib/fact-desk/inputs';
import { isUuid } from '@/lib/ids/uuid';

export const metadata: Metadata = { title: '事实台 · 后台', robots: { index: false } };

const PAGE_SIZE = 40;

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ show?: string; page?: string }>;
};

/** One source document's statements: which are cited, set aside or open, and the tools to handle them. */
export default async function FactDeskPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePagePermission('admin.access', `/admin/sources/${id}/desk`);
  if (!isUuid(id)) notFound();
  const query = await searchParams;
  const filter = parseDeskFilter(query.show);
  const canEdit = can(user.role, 'record.edit');
  const [desk, options, metrics, candidates] = await Promise.all([
    getFactDesk(id, filter),
    canEdit ? formOptions() : null,
    canEdit ? metricChoices() : [],
    discrepancyCandidates(id),
  ]);
  if (!desk) notFound();
  const pages = Math.max(1, Math.ceil(desk.statements.length / PAGE_SIZE));
  const page = Math.min(pageParam(query.page), pages);
  const href = (next: { show?: string; page?: number }) => {
    const search = new URLSearchParams();
    const show = next.show ?? filter;
    if (show !== 'open') search.set('show', show);
    if ((next.page ?? 1) > 1) search.set('page', String(next.page));
    const text = search.toString();
    return `/admin/sources/${id}/desk${text ? `?${text}` : ''}`;
  };
  const counts: Record<string, number> = {
    open: desk.counts.open,
    all: desk.progress.total,
    numbers: desk.counts.numbers,
    names: desk.counts.names,
    awaiting: desk.counts.awaiting,
  };
  const statements: DeskStatementView[] = desk.statements
    .slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
    .map((statement) => ({
      number: statement.number,
      line: statement.line,
      start: statement.span.start,
      end: statement.span.end,
      text: statement.text,
      state: statement.state,
      figures: statement.figures,
      names: statement.nameChecks,
      citedBy: statement.citedBy,
      drafts: statement.drafts.map((draft) => ({ ...draft })),
      setAsides: statement.setAsides.map((row) => ({
        id: row.id,
        reason: row.reason,
        status: row.status,
        proposedBy: row.proposedBy?.name ?? null,
        decidedBy: row.decidedBy?.name ?? null,
        mine: row.proposedById === user.id,
      })),
    }));
  const { handled, total } = desk.progress;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/sources">原始文件</Link> ›{' '}
        <Link href={`/admin/sources/${desk.document.id}`}>{desk.document.title}</Link> › 事实台
      </p>
      <h1>事实台：{desk.document.title}</h1>
      <p className="lead">
        第 {desk.version.number}{' '}
        版全文中含数字或名称的语句。每条语句中的数字都被引用、每个名称都有引用本文的记录，或语句经确认搁置，才算已处理。
      </p>
      <p className="desk-progress">
        <label>
          已处理 {handled}/{total}（{total === 0 ? 100 : Math.floor((handled / total) * 1000) / 10}%）
          <progress value={handled} max={Math.max(total, 1)} />
        </label>
      </p>
      <DiscrepancyCandidates values={candidates.values} stages={candidates.stages} />
      <h2>语句</h2>
      <nav className="sort-links" aria-label="筛选语句">
        {DESK_FILTERS.map((value) => (
          <Link key={value} href={href({ show: value })} aria-current={value === filter ? 'page' : undefined}>
            {deskFilterLabel[value]}（{counts[value]}）
          </Link>
        ))}
      </nav>
      <FactDesk
        emptyText={
          filter === 'open' ? '这份文件的语句都已处理。可查看“全部”语句及其引用。' : '没有符合筛选条件的语句。'
        }
        documentId={desk.document.id}
        versionId={desk.version.id}
        statements={statements}
        canEdit={canEdit}
        canReview={can(user.role, 'change.review')}
        metrics={metrics}
        topics={options?.topics ?? []}
      />
      <Pagination page={page} pages={pages} href={(next) => href({ page: next })} />
    </>
  );
}
