import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RecordForm } from '@/components/admin/record-form';
import { formOptions } from '@/lib/admin/queries';
import { sections } from '@/lib/admin/sections';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { PrefillNote } from '@/components/admin/fact-desk-parts';
import { draftFromQuote } from '@/lib/fact-desk/desk';
import { parseQuoteRef } from '@/lib/fact-desk/inputs';

export const metadata: Metadata = { title: '新建 · 后台', robots: { index: false } };

type Props = { params: Promise<{ section: string }>; searchParams: Promise<{ from?: string }> };

export default async function NewRecordPage({ params, searchParams }: Props) {
  const { section: name } = await params;
  await requirePagePermission('record.edit', `/admin/${name}/new`);
  const section = Object.hasOwn(sections, name) ? sections[name]! : notFound();
  // Opened from the fact desk: the form starts filled in from the quote (?from=version:start-end).
  const quote = parseQuoteRef((await searchParams).from);
  const recordType = section.recordType;
  const [choices, initial] = await Promise.all([
    formOptions(),
    quote && (recordType === 'PROJECT' || recordType === 'AGREEMENT' || recordType === 'ORGANISATION')
      ? draftFromQuote(recordType, quote)
      : null,
  ]);
  return (
    <>
      <h1>{section.newLabel}</h1>
      <p className="lead">保存后成为草稿；提交审核并获另一人批准后才会公开。</p>
      {initial && <PrefillNote />}
      <RecordForm recordType={recordType} initial={initial} target={{ kind: 'new' }} choices={choices} />
    </>
  );
}
