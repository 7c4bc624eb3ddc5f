import 'server-only';
// Records that a publish changes besides its own: a discrepancy shared with another record (a
// project and its agreement, two metrics' values) is edited from one of them. The others move to a
// new version, so a change still open against their old one is stale (its author is told, nothing
// is overwritten), and publishing gives them a revision of their own (see publish in lib/changes).
import type { Tx } from '@/lib/db/client';
import type { CompanionRecord } from './record-kind';

const bump = { version: { increment: 1 } };

export async function publishAlongside(tx: Tx, companions: CompanionRecord[], records: CompanionRecord[]) {
  for (const record of records) {
    if (companions.some((c) => c.recordType === record.recordType && c.recordId === record.recordId)) continue;
    const where = { where: { id: record.recordId }, data: bump };
    switch (record.recordType) {
      case 'PROJECT':
        await tx.project.update(where);
        break;
      case 'AGREEMENT':
        await tx.agreement.update(where);
        break;
      case 'ORGANISATION':
        await tx.organisation.update(where);
        break;
      case 'METRIC':
        await tx.metric.update(where);
        break;
      default:
        throw new Error(`${record.recordType} records hold no shared discrepancy`);
    }
    companions.push(record);
  }
}
