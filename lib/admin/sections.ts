import 'server-only';
// The record lists of the admin area by their path segment (/admin/metrics, /admin/projects, …).
// Each kind declares its list beside its schema and reader (lib/records/<kind>/admin-list.ts).
import { agreementSection } from '@/lib/records/agreement/admin-list';
import { metricSection } from '@/lib/records/metric/admin-list';
import { organisationSection } from '@/lib/records/organisation/admin-list';
import { projectSection } from '@/lib/records/project/admin-list';
import { topicSection } from '@/lib/records/topic/admin-list';
import type { Section } from './list-section';

export { openChangeFilter, type ListFilter, type ListRow, type Section } from './list-section';

export const sections: Record<string, Section> = {
  metrics: metricSection,
  projects: projectSection,
  agreements: agreementSection,
  organisations: organisationSection,
  topics: topicSection,
};
