import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChangeActions } from '@/components/admin/change-actions';
import { ChangeFacts, ChangeNotes, ReviewThread, ReviewWarnings } from '@/components/admin/change-review-parts';
import { CommentForm } from '@/components/admin/comment-form';
import { FieldComments } from '@/components/admin/field-comments';
import { DiffTable } from '@/components/diff-table';
import { EvidenceList } from '@/components/admin/evidence-list';
import { SourceVersionReview } from '@/components/admin/source-version-review';
import { numberCitations } from '@/components/citation-marker';
import { observationCitationOrder, ObservationTable } from '@/components/observation-table';
import { changeReview } from '@/lib/admin/change-review';
import { changedRows, type DiffRow } from '@/lib/records/record-diff';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { isUuid } from '@/lib/ids/uuid';
import { can } from '@/lib/auth/permissions';
import { canDecide, canEdit, canRebase, hasEdited } from '@/lib/changes/rules';
import { changeActionLabel, changeStatusLabel, recordTypeLabel } from '@/lib/labels';

export const metadata: Metadata = { title: '修改详情 · 后台', robots: { index: false } };

export default async function ChangePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission('admin.access', `/admin/changes/${id}`);
  if (!isUuid(id)) notFound();
  const review = await changeReview(id);
  if (!review) notFound();
  const { change, current, rows, contentEditable, stale, warnings, evidence, preview, sourceText } = review;
  const commentsFor = (row: DiffRow) => (
    <FieldComments
      changeId={change.id}
      path={row.path}
      label={row.label}
      comments={review.fieldComments[row.path] ?? []}
    />
  );

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
      <ChangeFacts
        author={change.author.name}
        updatedAt={change.updatedAt}
        saves={change.revisions.length}
        submittedAt={change.submittedAt}
        published={
          change.status === 'PUBLISHED' && change.recordId
            ? { recordType: change.recordType, recordId: change.recordId }
            : null
        }
      />

      {stale && (
        <p className="form__conflict" role="status">
          此修改基于第 {change.baseVersion} 版，公开记录现已是第 {current?.version}{' '}
          版：批准会被拒绝，请作者基于最新版本重新修改。
        </p>
      )}
      <ReviewWarnings fieldErrors={warnings.fieldErrors} notes={warnings.notes} />

      {!contentEditable && (
        <p className="form__conflict" role="status">
          {change.action === 'DELETE'
            ? '批准后，这条记录将从公开网站上消失（内容保留，可再申请恢复）。'
            : '批准后，这条已删除的记录将按下列内容重新公开。'}
        </p>
      )}
      <h2>{current && contentEditable ? `与公开版本（第 ${current.version} 版）的差异` : '内容'}</h2>
      {!contentEditable ? (
        <DiffTable rows={rows} afterLabel="内容" comments={commentsFor} />
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
      <ChangeNotes publicNote={change.publicNote} editorNote={change.editorNote} />

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
      <ReviewThread entries={review.thread} />
      <CommentForm changeId={change.id} fieldPath={null} label="整项修改" startOpen />
    </>
  );
}
