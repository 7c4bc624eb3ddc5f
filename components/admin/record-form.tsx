'use client';
// The form for a record type, given the data it starts from and the choices it offers.
import type { RecordType } from '@/lib/generated/prisma/enums';
import type { AgreementDraft } from '@/lib/records/agreement/schema';
import type { MetricDraft } from '@/lib/records/metric/schema';
import type { OrganisationDraft } from '@/lib/records/organisation/schema';
import type { ProjectDraft } from '@/lib/records/project/schema';
import type { TopicDraft } from '@/lib/records/topic/schema';
import type { SourceRecord } from '@/lib/sources/schema';
import { AgreementForm } from './agreement-form';
import type { SourceChoice } from './citation-picker';
import { MetricForm } from './metric-form';
import { OrganisationForm } from './organisation-form';
import { ProjectForm } from './project-form';
import { SourceForm } from './source-form';
import { TopicForm } from './topic-form';
import type { FormTarget } from './use-record-form';

export type FormChoices = {
  topics: Array<{ id: string; label: string }>;
  organisations: Array<{ id: string; label: string }>;
  sources: SourceChoice[];
};

type Props = { recordType: RecordType; initial: unknown; target: FormTarget; choices: FormChoices };

export function RecordForm({ recordType, initial, target, choices }: Props) {
  switch (recordType) {
    case 'METRIC':
      return <MetricForm initial={initial as MetricDraft | null} target={target} {...choices} />;
    case 'PROJECT':
      return <ProjectForm initial={initial as ProjectDraft | null} target={target} {...choices} />;
    case 'AGREEMENT':
      return <AgreementForm initial={initial as AgreementDraft | null} target={target} {...choices} />;
    case 'ORGANISATION':
      return <OrganisationForm initial={initial as OrganisationDraft | null} target={target} {...choices} />;
    case 'TOPIC':
      return <TopicForm initial={initial as TopicDraft | null} target={target} />;
    case 'SOURCE_DOCUMENT':
      return <SourceForm initial={initial as SourceRecord} target={target} />;
  }
}
