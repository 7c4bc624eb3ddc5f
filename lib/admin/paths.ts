import type { RecordType } from '@/lib/generated/prisma/enums';

// Admin URL sections by record type (the lists themselves are in lib/admin/sections.ts).
const sectionOf: Record<RecordType, string> = {
  METRIC: 'metrics',
  PROJECT: 'projects',
  AGREEMENT: 'agreements',
  ORGANISATION: 'organisations',
  TOPIC: 'topics',
  SOURCE_DOCUMENT: 'sources',
};

/** The admin page that edits a published record. */
export function adminEditPath(recordType: RecordType, recordId: string): string {
  if (recordType === 'SOURCE_DOCUMENT') return `/admin/sources/${recordId}`;
  return `/admin/${sectionOf[recordType]}/${recordId}/edit`;
}

/** The history page of a published record. */
export function adminHistoryPath(recordType: RecordType, recordId: string): string {
  return `/admin/history/${sectionOf[recordType]}/${recordId}`;
}

export function recordTypeOfSection(section: string): RecordType | null {
  return (Object.entries(sectionOf).find(([, name]) => name === section)?.[0] as RecordType | undefined) ?? null;
}
