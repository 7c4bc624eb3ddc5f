import type { Metadata } from 'next';
import Link from 'next/link';
import { ChangeTable } from '@/components/admin/change-table';
import { listChanges, reviewQueue } from '@/lib/admin/queries';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { can, permissions, type Permission } from '@/lib/auth/permissions';
import { EDITABLE_STATUSES } from '@/lib/changes/rules';
import { roleLabel } from '@/lib/labels';

export const metadata: Metadata = { title: '后台', robots: { index: false } };

const permissionLabel: Record<Permission, string> = {
  'admin.access': '进入后台',
  'record.edit': '编辑数据并提交审核',
  'source.import': '导入原始文件',
  'change.review': '审核修改',
  'change.publish': '发布已批准的修改',
  'users.manage': '管理用户',
  'audit.read': '查看审计日志',
};

export default async function AdminHomePage() {
  const user = await requirePagePermission('admin.access', '/admin');
  const [mine, queue] = await Promise.all([
    can(user.role, 'record.edit')
      ? listChanges({ authorId: user.id, statuses: [...EDITABLE_STATUSES], page: 1 })
      : null,
    can(user.role, 'change.review') ? reviewQueue() : null,
  ]);
  return (
    <>
      <h1>欢迎，{user.name}</h1>
      <p className="lead">
        您的角色：<strong>{roleLabel[user.role]}</strong>
      </p>
      {mine && (
        <section aria-labelledby="my-drafts">
          <div className="page-head">
            <h2 id="my-drafts">我的草稿与退回的修改（{mine.total}）</h2>
            <Link className="button button--primary" href="/admin/projects/new">
              新建项目
            </Link>
          </div>
          {mine.rows.length === 0 ? <p className="empty">没有未完成的修改。</p> : <ChangeTable rows={mine.rows} />}
        </section>
      )}
      {queue && (
        <section aria-labelledby="queue">
          <h2 id="queue">待审核（{queue.length}）</h2>
          {queue.length === 0 ? (
            <p className="empty">目前没有待审核的修改。</p>
          ) : (
            <ChangeTable rows={queue.slice(0, 10)} showAge />
          )}
        </section>
      )}
      <h2>您可以</h2>
      <ul className="record-list" aria-label="权限">
        {(Object.keys(permissions) as Permission[]).map((permission) => (
          <li key={permission} data-allowed={can(user.role, permission)}>
            {can(user.role, permission) ? '✓' : '✗'} {permissionLabel[permission]}
          </li>
        ))}
      </ul>
    </>
  );
}
