import 'server-only';
// Published versions of a record, and the audit log, for the admin pages.
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/actor-type';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { RecordType } from '@/lib/generated/prisma/enums';

export async function listRevisions(recordType: RecordType, recordId: string) {
  return db.revision.findMany({
    where: { recordType, recordId },
    orderBy: { version: 'desc' },
    select: {
      version: true,
      data: true,
      comment: true,
      publishedAt: true,
      changeId: true,
      change: { select: { action: true } },
      author: { select: { name: true } },
      reviewer: { select: { name: true } },
    },
  });
}

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = { action?: string; actor?: string; recordId?: string; page: number };

/** The audit log, newest first; only for those allowed to read it. */
export async function listAuditEntries(actor: Actor | null, filter: AuditFilter) {
  assertCan(actor, 'audit.read');
  const where: Prisma.AuditEntryWhereInput = {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actor ? { actorLabel: { contains: filter.actor, mode: 'insensitive' } } : {}),
    ...(filter.recordId ? { recordId: filter.recordId } : {}),
  };
  const [total, rows, actions] = await Promise.all([
    db.auditEntry.count({ where }),
    db.auditEntry.findMany({
      where,
      orderBy: { id: 'desc' },
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
    db.auditEntry.findMany({ distinct: ['action'], select: { action: true }, orderBy: { action: 'asc' } }),
  ]);
  return {
    total,
    rows,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    actions: actions.map((a) => a.action),
  };
}
