import 'server-only';
// Everything the change page shows of one change, gathered in one place so the page only lays it
// out: the diff against the public record, the review's warnings and evidence, a metric's preview,
// a source's texts, and the thread of decisions and comments.
import { changeEvidence } from '@/lib/admin/evidence';
import { metricPreview } from '@/lib/admin/preview';
import { getChange, loadRecord, reviewWarnings, sourceChangeTexts } from '@/lib/admin/queries';
import { formatDateTimeZh } from '@/lib/format/date-time';
import { reviewOutcomeLabel } from '@/lib/labels';
import { namesForIds } from '@/lib/records/names';
import { diffRecords, idsIn } from '@/lib/records/record-diff';

export type FieldComment = { id: string; author: string; body: string; at: string };
export type ThreadEntry = { id: string; at: Date; author: string; what: string; body: string | null };

type Change = NonNullable<Awaited<ReturnType<typeof getChange>>>;

export async function changeReview(id: string) {
  const change = await getChange(id);
  if (!change) return null;

  const current =
    change.recordId && change.status !== 'PUBLISHED' ? await loadRecord(change.recordType, change.recordId) : null;
  const names = await namesForIds([...idsIn(change.proposedData), ...idsIn(current?.data ?? null)]);
  const rows = diffRecords(current?.data ?? null, change.proposedData, names);
  // A delete or restore shows the record's whole content rather than a diff.
  const contentEditable = change.action === 'CREATE' || change.action === 'UPDATE';
  const [warnings, evidence, preview, sourceText] = await Promise.all([
    change.status === 'IN_REVIEW'
      ? reviewWarnings(change.recordType, change.proposedData)
      : { fieldErrors: {} as Record<string, string>, notes: [] as string[] },
    contentEditable ? changeEvidence(change.recordType, change.proposedData, current?.data ?? null, names) : [],
    contentEditable && change.recordType === 'METRIC'
      ? metricPreview(change.proposedData, current?.data ?? null)
      : null,
    contentEditable && change.recordType === 'SOURCE_DOCUMENT'
      ? sourceChangeTexts(change.proposedData, current?.data ?? null)
      : null,
  ]);
  const content = diffRecords(null, change.proposedData, names);
  // Field comments name their field as the diff does ("观测值 1 › 引文 2"), not by its data path.
  const fieldLabels = new Map([...content, ...rows].map((row) => [row.path, row.label]));
  return {
    change,
    current,
    rows: contentEditable ? rows : content,
    contentEditable,
    stale: current !== null && change.baseVersion !== null && current.version !== change.baseVersion,
    warnings,
    evidence,
    preview,
    sourceText,
    fieldComments: fieldCommentsOf(change),
    thread: threadOf(change, fieldLabels),
  };
}

/** Comments on one field or citation, by the field's path: they sit next to it in the diff. */
function fieldCommentsOf(change: Change) {
  const byPath: Record<string, FieldComment[]> = {};
  for (const comment of change.comments) {
    if (!comment.fieldPath) continue;
    (byPath[comment.fieldPath] ??= []).push({
      id: comment.id,
      author: comment.author.name,
      body: comment.body,
      at: formatDateTimeZh(comment.createdAt),
    });
  }
  return byPath;
}

/** Decisions and comments in the order they were made. */
function threadOf(change: Change, fieldLabels: Map<string, string>): ThreadEntry[] {
  return [
    ...change.decisions.map((d) => ({
      id: d.id,
      at: d.createdAt,
      author: d.reviewer.name,
      what: reviewOutcomeLabel[d.outcome],
      body: d.comment,
    })),
    ...change.comments.map((c) => ({
      id: c.id,
      at: c.createdAt,
      author: c.author.name,
      what: c.fieldPath ? `评论（${fieldLabels.get(c.fieldPath) ?? c.fieldPath}）` : '评论',
      body: c.body,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
}
