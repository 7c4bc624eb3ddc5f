import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { can, permissions, type Permission } from '@/lib/auth/permissions';
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
  const user = await getCurrentUser();
  if (!user || !can(user.role, 'admin.access')) redirect('/sign-in?callbackUrl=/admin');
  return (
    <>
      <h1>欢迎，{user.name}</h1>
      <p className="lead">
        您的角色：<strong>{roleLabel[user.role]}</strong>。编辑表单与审核流程正在建设中。
      </p>
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
