import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FactForm, WithdrawFactForm } from '@/components/admin/fact-form';
import { formOptions, loadRecord } from '@/lib/admin/queries';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { isUuid } from '@/lib/ids/uuid';
import { PrefillNote } from '@/components/admin/fact-desk-parts';
import { observationDraftFromQuote } from '@/lib/fact-desk/desk';
import { parseQuoteRef } from '@/lib/fact-desk/inputs';
import { recordTypeLabel } from '@/lib/labels';
import { EDITABLE_FACTS, editableFacts, factTitle } from '@/lib/records/fact-lists';

export const metadata: Metadata = { title: '逐项修改 · 后台', robots: { index: false } };

type Props = {
  params: Promise<{ section: string; id: string; list: string; factId: string }>;
  searchParams: Promise<{ from?: string }>;
};

/** One fact of a record on its own: add (factId "new"), correct or withdraw it. */
export default async function FactPage({ params, searchParams }: Props) {
  const { section, id, list, factId } = await params;
  const quote = parseQuoteRef((await searchParams).from);
  await requirePagePermission('record.edit', `/admin/${section}/${id}/${list}/${factId}`);
  const facts = editableFacts(section, list);
  if (!facts || !isUuid(id) || (factId !== 'new' && !isUuid(factId))) notFound();
  const { recordType, noun } = EDITABLE_FACTS[facts];
  const [record, choices] = await Promise.all([loadRecord(recordType, id), formOptions()]);
  if (!record) notFound();
  const data = record.data as Record<string, unknown> & {
    unit?: string;
    name?: string;
    nameZh?: string;
    title?: string;
  };
  const items = data[list] as Array<Record<string, unknown> & { id?: string }>;
  const fact = factId === 'new' ? null : items.find((item) => item.id === factId);
  if (fact === undefined) notFound();
  // A new observation opened from the fact desk starts filled in from the quote.
  const prefilled = !fact && quote && facts === 'metrics/observations' ? await observationDraftFromQuote(quote) : null;
  const recordName = data.nameZh ?? data.name ?? data.title ?? '';
  const names = new Map(choices.organisations.map((o) => [o.id, o.label]));
  const title = fact ? factTitle(facts, fact, names) : '';
  const editHref = `/admin/${section}/${id}/edit`;
  return (
    <>
      <p className="breadcrumb">
        <Link href={`/admin/${section}`}>{recordTypeLabel[recordType]}</Link> ›{' '}
        <Link href={editHref}>{recordName}</Link> › {fact ? title : `添加${noun}`}
      </p>
      <h1>{fact ? `修改${noun}：${recordName} ${title}` : `添加${noun}：${recordName}`}</h1>
      <p className="lead">
        只修改这一项，记录的其他内容保持公开版本（第 {record.version} 版）不变。保存为草稿，经另一位审核人批准后公开。
      </p>
      {prefilled && <PrefillNote />}
      <FactForm
        facts={facts}
        recordId={id}
        baseVersion={record.version}
        unit={data.unit ?? ''}
        fact={fact ?? prefilled}
        sources={choices.sources}
        organisations={choices.organisations}
        cancelHref={editHref}
      />
      {fact && (
        <>
          <h2>撤回这一项</h2>
          <WithdrawFactForm
            facts={facts}
            recordId={id}
            baseVersion={record.version}
            factId={factId}
            label={`${recordName} ${title}`}
          />
        </>
      )}
    </>
  );
}
