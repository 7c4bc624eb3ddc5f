import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChangeActions } from '@/components/admin/change-actions';
import { CommentForm } from '@/components/admin/comment-form';
import { FieldComments, type FieldComment } from '@/components/admin/field-comments';
import { DiffTable } from '@/components/diff-table';
import { EvidenceList } from '@/components/admin/evidence-list';
import { SourceVersionReview } from '@/components/admin/source-version-review';
import { changeEvidence } from '@/lib/admin/evidence';
import { metricPreview } from '@/lib/admin/preview';
import { numberCitations } from '@/components/citation-marker';
import { observationCitationOrder, ObservationTable } from '@/components/observation-table';
import { getChange, loadRecord, reviewWarnings, sourceChangeTexts } from '@/lib/admin/queries';
import { namesForIds } from '@/lib/records/names';
import { adminEditPath } from '@/lib/admin/paths';
import { changedRows, diffRecords, idsIn, type DiffRow } from '@/lib/records/record-diff';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { isUuid } from '@/lib/ids/uuid';
import { can } from '@/lib/auth/permissions';
import { canDecide, canEdit, canRebase, hasEdited } from '@/lib/changes/rules';
import { formatDateTimeZh } from '@/lib/format/date-time';
import { changeActionLabel, changeStatusLabel, recordTypeLabel, reviewOutcomeLabel } from '@/lib/labels';

export const metadata: Metadata = { title: '修改详情 · 后台', robots: { index: false } };

export default async function ChangePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission('admin.access', `/admin/changes/${id}`);
  if (!isUuid(id)) notFound();
  const change = await getChange(id);
  if (!change) notFound();

  const current =
    change.recordId && change.status !== 'PUBLISHED' ? await loadRecord(change.recordType, change.recordId) : null;
  const names = await namesForIds([...idsIn(change.proposedData), ...idsIn(current?.data ?? null)]);
  const rows = diffRecords(current?.data ?? null, change.proposedData, names);
  // Field comments name their field as the diff does ("观测值 1 › 引文 2"), not by its data path.
  const fieldLabels = new Map(
    [...diffRecords(null, change.proposedData, names), ...rows].map((row) => [row.path, row.label]),
  );
  const warnings =
    change.status === 'IN_REVIEW'
      ? await reviewWarnings(change.recordType, change.proposedData)
      : { fieldErrors: {}, notes: [] };
  const contentEditable = change.action === 'CREATE' || change.action === 'UPDATE';
  const evidence = contentEditable
    ? await changeEvidence(change.recordType, change.proposedData, current?.data ?? null, names)
    : [];
  const preview =
    contentEditable && change.recordType === 'METRIC'
      ? await metricPreview(change.proposedData, current?.data ?? null)
      : null;
  const sourceText =
    contentEditable && change.recordType === 'SOURCE_DOCUMENT'
      ? await sourceChangeTexts(change.proposedData, current?.data ?? null)
      : null;
  const stale = current !== null && change.baseVersion !== null && current.version !== change.baseVersion;

  // Comments on one field or citation sit next to it; the rest form the thread below.
  const fieldComments: Record<string, FieldComment[]> = {};
  for (const comment of change.comments) {
    if (!comment.fieldPath) continue;
    (fieldComments[comment.fieldPath] ??= []).push({
      id: comment.id,
      author: comment.author.name,
      body: comment.body,
      at: formatDateTimeZh(comment.createdAt),
    });
  }
  const commentsFor = (row: DiffRow) => (
    <FieldComments changeId={change.id} path={row.path} label={row.label} comments={fieldComments[row.path] ?? []} />
  );
  const thread = [
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

  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/changes">修改</Link> › {change.title}
      </p>
      <div className="page-head">
        <h1>
          {changeActionLabel[change.action]}
          {recordTypeLabel[change.recordType]}：{change.title}
        </h1>
        <span className="badge" data-status={change.status}>
          {changeStatusLabel[change.status]}
        </span>
      </div>
      <dl className="change-facts">
        <div>
          <dt>作者</dt>
          <dd>{change.author.name}</dd>
        </div>
        <div>
          <dt>最近保存</dt>
          <dd>
            {formatDateTimeZh(change.updatedAt)}（第 {change.revisions.length} 次保存）
          </dd>
        </div>
        {change.submittedAt && (
          <div>
            <dt>提交审核</dt>
            <dd>{formatDateTimeZh(change.submittedAt)}</dd>
          </div>
        )}
        {change.status === 'PUBLISHED' && change.recordId && (
          <div>
            <dt>公开记录</dt>
            <dd>
              <Link href={adminEditPath(change.recordType, change.recordId)}>查看并继续编辑</Link>
            </dd>
          </div>
        )}
      </dl>

      {stale && (
        <p className="form__conflict" role="status">
          此修改基于第 {change.baseVersion} 版，公开记录现已是第 {current.version}{' '}
          版：批准会被拒绝，请作者基于最新版本重新修改。
        </p>
      )}
      {(Object.keys(warnings.fieldErrors).length > 0 || warnings.notes.length > 0) && (
        <section className="warnings" aria-label="核验提示">
          <h2>核验提示</h2>
          <ul>
            {Object.entries(warnings.fieldErrors).map(([path, message]) => (
              <li key={path}>
                <code>{path}</code>：{message}
              </li>
            ))}
            {warnings.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      )}

      {!contentEditable && (
        <p className="form__conflict" role="status">
          {change.action === 'DELETE'
            ? '批准后，这条记录将从公开网站上消失（内容保留，可再申请恢复）。'
            : '批准后，这条已删除的记录将按下列内容重新公开。'}
        </p>
      )}
      <h2>{current && contentEditable ? `与公开版本（第 ${current.version} 版）的差异` : '内容'}</h2>
      {!contentEditable ? (
        <DiffTable rows={diffRecords(null, change.proposedData, names)} afterLabel="内容" comments={commentsFor} />
      ) : changedRows(rows).length === 0 ? (
        <p className="empty">与公开版本相比没有变化。</p>
      ) : (
        <DiffTable
          rows={rows}
          beforeLabel={current ? '修改前' : undefined}
          afterLabel={current ? '修改后' : '内容'}
          comments={commentsFor}
        />
      )}

      {sourceText && <SourceVersionReview proposed={sourceText.proposed} approved={sourceText.approved} />}
      <EvidenceList facts={evidence} />
      {preview && (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">发布后的公开数据表（预览）</h2>
          <ObservationTable
            observations={preview.observations}
            unit={preview.unit}
            numbers={numberCitations(observationCitationOrder(preview.observations, preview.unit))}
            historyPath={`/metrics/${preview.slug}/history`}
          />
        </section>
      )}
      {(change.editorNote || change.publicNote) && (
        <section aria-labelledby="notes-title">
          <h2 id="notes-title">修改说明</h2>
          <dl className="change-facts">
            {change.publicNote && (
              <div>
                <dt>修改原因（公开）</dt>
                <dd>{change.publicNote}</dd>
              </div>
            )}
            {change.editorNote && (
              <div>
                <dt>给审核人的说明</dt>
                <dd>{change.editorNote}</dd>
              </div>
            )}
          </dl>
        </section>
      )}

      <ChangeActions
        changeId={change.id}
        changeVersion={change.version}
        contentHash={change.contentHash}
        canEdit={canEdit(user, change)}
        canEditContent={contentEditable}
        canDecide={canDecide(user, change)}
        canRebase={stale && canRebase(user, change)}
        decideRefusal={
          change.status === 'IN_REVIEW' && can(user.role, 'change.review') && hasEdited(user, change)
            ? '您编辑过这项修改，须由另一位审核人决定。'
            : null
        }
      />

      <h2>审核记录与评论</h2>
      {thread.length === 0 ? (
        <p className="empty">还没有审核意见或评论。</p>
      ) : (
        <ol className="thread">
          {thread.map((entry) => (
            <li key={entry.id}>
              <strong>{entry.author}</strong> {entry.what}
              <span className="muted">（{formatDateTimeZh(entry.at)}）</span>
              {entry.body && <p>{entry.body}</p>}
            </li>
          ))}
        </ol>
      )}
      <CommentForm changeId={change.id} fieldPath={null} label="整项修改" startOpen />
    </>
  );
}
