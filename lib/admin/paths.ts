import type { RecordType } from '@/lib/generated/prisma/enums';

const section: Partial<Record<RecordType, string>> = { METRIC: 'metrics', PROJECT: 'projects' };

/** The admin page that edits a published record. */
export function adminEditPath(recordType: RecordType, recordId: string): string {
  return `/admin/${section[recordType] ?? ''}/${recordId}/edit`;
}
