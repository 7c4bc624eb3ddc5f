import type { Metadata } from 'next';
import { ChangeTable } from '@/components/admin/change-table';
import { reviewQueue } from '@/lib/admin/queries';
import { requirePagePermission } from '@/lib/auth/page-guard';

export const metadata: Metadata = { title: '待审核 · 后台', robots: { index: false } };

export default async function ReviewQueuePage() {
  await requirePagePermission('change.review', '/admin/review');
  const rows = await reviewQueue();
  return (
    <>
      <h1>待审核</h1>
      <p className="lead">最早提交的排在最前。您不能审核自己编辑过的修改。</p>
      {rows.length === 0 ? <p className="empty">目前没有待审核的修改。</p> : <ChangeTable rows={rows} showAge />}
    </>
  );
}
