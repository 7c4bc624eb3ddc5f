import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeleteRecordButton } from '@/components/admin/delete-record-button';
import { RecordForm } from '@/components/admin/record-form';
import { adminHistoryPath } from '@/lib/admin/paths';
import { formOptions, loadRecord } from '@/lib/admin/queries';
import { sections } from '@/lib/admin/sections';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { isUuid } from '@/lib/ids/uuid';
import { recordTypeLabel } from '@/lib/labels';
import { EDITABLE_FACTS, type EditableFacts } from '@/lib/records/fact-lists';
import { FactShortcuts } from '@/components/admin/fact-shortcuts';
import { PrefillNote } from '@/components/admin/fact-desk-parts';
import { withQuoteCited } from '@/lib/fact-desk/desk';
import { parseQuoteRef } from '@/lib/fact-desk/inputs';
import type { CitationInput } from '@/lib/records/fields';
import { withValueDiscrepancyOf, type MetricDraft } from '@/lib/records/metric/schema';

export const metadata: Metadata = { title: '编辑 · 后台', robots: { index: false } };

type Props = {
  params: Promise<{ section: string; id: string }>;
  searchParams: Promise<{ from?: string; group?: string }>;
};

export default async function EditRecordPage({ params, searchParams }: Props) {
  const { section: name, id } = await params;
  const query = await searchParams;
  const quote = parseQuoteRef(query.from);
  await requirePagePermission('record.edit', `/admin/${name}/${id}/edit`);
  const section = Object.hasOwn(sections, name) ? sections[name]! : notFound();
  if (!isUuid(id)) notFound();
  const [record, choices] = await Promise.all([loadRecord(section.recordType, id), formOptions()]);
  if (!record) notFound();
  const data = record.data as { name?: string; nameZh?: string; title?: string; citations?: CitationInput[] };
  // 加到已有记录 from the fact desk: the quote is added to the record's own citations.
  const cited = quote && data.citations ? await withQuoteCited({ ...data, citations: data.citations }, quote) : null;
  // 登记数值分歧 from the fact desk's candidates: the values it found are ticked in a new discrepancy.
  const grouped =
    section.recordType === 'METRIC' && typeof query.group === 'string'
      ? withValueDiscrepancyOf(record.data as MetricDraft, query.group.split(',').filter(isUuid))
      : null;
  const initial = cited?.data ?? grouped ?? data;
  return (
    <>
      <h1>
        编辑{recordTypeLabel[section.recordType]}：{data.name ?? data.nameZh ?? data.title}
      </h1>
      <p className="lead">
        您的修改保存为草稿，经另一位审核人批准后才会替换公开的版本（当前第 {record.version} 版）。
        <Link href={adminHistoryPath(section.recordType, id)}>查看历史版本</Link>
      </p>
      {record.deletedAt && (
        <p className="form__conflict" role="status">
          这条记录已删除，公开网站上不再显示。可以编辑后保存，或申请恢复。
        </p>
      )}
      {(Object.keys(EDITABLE_FACTS) as EditableFacts[])
        .filter((facts) => facts.startsWith(`${name}/`))
        .map((facts) => (
          <FactShortcuts
            key={facts}
            base={`/admin/${name}/${id}`}
            facts={facts}
            items={(record.data as Record<string, Array<Record<string, unknown>>>)[EDITABLE_FACTS[facts].list] ?? []}
            names={new Map(choices.organisations.map((o) => [o.id, o.label]))}
          />
        ))}
      <h2>编辑整条记录</h2>
      {cited && (cited.added ? <PrefillNote added /> : <PrefillNote alreadyCited />)}
      {grouped && grouped !== record.data && (
        <p className="notice" role="status">
          已在下方“数值分歧”中勾选差异候选的观测值，请写明说明，并在观测值的“取舍”中标出首选（如有）后保存。
        </p>
      )}
      <RecordForm
        recordType={section.recordType}
        initial={initial}
        target={{ kind: 'record', recordId: id, baseVersion: record.version }}
        choices={choices}
      />
      <h2>删除与恢复</h2>
      <DeleteRecordButton
        recordType={section.recordType}
        recordId={id}
        baseVersion={record.version}
        deleted={record.deletedAt !== null}
        label={data.name ?? data.nameZh ?? data.title ?? ''}
      />
    </>
  );
}
