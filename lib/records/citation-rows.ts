// Citations between the form's shape ({start, end}) and the table's (startOffset, endOffset).
import type { CitationInput } from './fields';

export const citationSelect = {
  orderBy: [{ sortOrder: 'asc' as const }, { startOffset: 'asc' as const }],
  select: { sourceVersionId: true, exact: true, prefix: true, suffix: true, startOffset: true, endOffset: true },
};

type CitationRow = {
  sourceVersionId: string;
  exact: string;
  prefix: string;
  suffix: string;
  startOffset: number;
  endOffset: number;
};

export const toCitation = (row: CitationRow): CitationInput => ({
  sourceVersionId: row.sourceVersionId,
  exact: row.exact,
  prefix: row.prefix,
  suffix: row.suffix,
  start: row.startOffset,
  end: row.endOffset,
});

/** Rows to insert for a record's citations, in the order given, verified at `verifiedAt`. */
export const citationRows = (citations: CitationInput[], verifiedAt: Date) =>
  citations.map((c, sortOrder) => ({
    sourceVersionId: c.sourceVersionId,
    exact: c.exact,
    prefix: c.prefix,
    suffix: c.suffix,
    startOffset: c.start,
    endOffset: c.end,
    sortOrder,
    verifiedAt,
  }));
