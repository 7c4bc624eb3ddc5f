// Citations between the table's shape (startOffset, endOffset) and the form's ({start, end}).
import { isCitedField } from '@/lib/citations/cited-fields';
import type { CitationInput } from './fields';

/** The columns of Citation that name what it supports: exactly one is set (a CHECK constraint). */
export type CitationColumn =
  | 'observationId'
  | 'metricId'
  | 'projectId'
  | 'projectMilestoneId'
  | 'projectMeasureId'
  | 'agreementId'
  | 'organisationId';

export const citationSelect = {
  orderBy: [{ sortOrder: 'asc' as const }, { startOffset: 'asc' as const }, { id: 'asc' as const }],
  select: {
    id: true,
    sourceVersionId: true,
    exact: true,
    prefix: true,
    suffix: true,
    startOffset: true,
    endOffset: true,
    field: true,
  },
};

type CitationRow = {
  id: string;
  sourceVersionId: string;
  exact: string;
  prefix: string;
  suffix: string;
  startOffset: number;
  endOffset: number;
  field: string | null;
};

export const toCitation = (row: CitationRow): CitationInput => ({
  id: row.id,
  sourceVersionId: row.sourceVersionId,
  exact: row.exact,
  prefix: row.prefix,
  suffix: row.suffix,
  start: row.startOffset,
  end: row.endOffset,
  // Absent rather than null, so that a citation the form never assigned compares equal to its row.
  ...(isCitedField(row.field) ? { field: row.field } : {}),
});
