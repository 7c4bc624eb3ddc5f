import type { RecordType } from '@/lib/generated/prisma/enums';

const sections = { metrics: 'METRIC', projects: 'PROJECT' } as const satisfies Record<string, RecordType>;
type Section = keyof typeof sections;
const sectionOf = Object.fromEntries(Object.entries(sections).map(([s, t]) => [t, s])) as Partial<
  Record<RecordType, Section>
>;

/** The admin page that edits a published record. */
export function adminEditPath(recordType: RecordType, recordId: string): string {
  return `/admin/${sectionOf[recordType] ?? ''}/${recordId}/edit`;
}

/** The history page of a published record. */
export function adminHistoryPath(recordType: RecordType, recordId: string): string {
  return `/admin/history/${sectionOf[recordType] ?? ''}/${recordId}`;
}

export function recordTypeOfSection(section: string): RecordType | null {
  return (sections as Record<string, RecordType>)[section] ?? null;
}
