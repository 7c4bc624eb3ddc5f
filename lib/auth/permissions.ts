// Who may do what: the one role → permission table. Every server action and data-layer write
// checks it on the server (assertCan), whatever the page or a proxy already did.
import type { Role } from '@/lib/generated/prisma/enums';
import { AppError } from '@/lib/errors';

export const permissions = {
  'admin.access': ['ADMIN', 'EDITOR', 'REVIEWER'],
  'record.edit': ['ADMIN', 'EDITOR'],
  'source.import': ['ADMIN', 'EDITOR'],
  'change.review': ['ADMIN', 'REVIEWER'],
  'change.publish': ['ADMIN', 'REVIEWER'],
  'users.manage': ['ADMIN'],
  'audit.read': ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

export function assertCan(user: { role: Role } | null, permission: Permission): asserts user is { role: Role } {
  if (!user) throw new AppError('FORBIDDEN', '请先登录。');
  if (!can(user.role, permission)) throw new AppError('FORBIDDEN', '您没有执行此操作的权限。');
}
