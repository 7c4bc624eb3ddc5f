import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { quoteContext, recordsNamed } from '@/lib/fact-desk/desk';
import { formatQuoteRef, parseQuoteRef } from '@/lib/fact-desk/inputs';
import { findNames } from '@/lib/fact-desk/statements';
import { isUuid } from '@/lib/ids/uuid';

export const metadata: Metadata = { title: '加到已有记录 · 事实台', robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; q?: string }> };

/** Finds the record a quote belongs to and opens its form with the quote added to its citations. */
export default async function AttachQuotePage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePagePermission('record.edit', `/admin/sources/${id}/desk`);
  const query = await searchParams;
  const ref = parseQuoteRef(query.from);
  if (!isUuid(id) || !ref) notFound();
  const context = await quoteContext(ref.versionId, ref);
  if (!context || context.document.id !== id) notFound();
  const suggestions = [...new Set(findNames(context.citation.exact).map((name) => name.text))];
  const words = (query.q ?? suggestions[0] ?? '').trim().slice(0, 60);
  const found = words ? await recordsNamed(words) : null;
  const from = encodeURIComponent(formatQuoteRef(ref));
  const groups = found
    ? [
        { label: '项目', rows: found.projects.map((r) => ({ id: r.id, name: r.name })), section: 'projects' },
        { label: '协议', rows: found.agreements.map((r) => ({ id: r.id, name: r.title })), section: 'agreements' },
        { label: '机构', rows: found.organisations.map((r) => ({ id: r.id, name: r.name })), section: 'organisations' },
      ]
    : [];
  const none = found && groups.every((group) => group.rows.length === 0) && found.metrics.length === 0;
  return (
    <>
      <p className="breadcrumb">
        <Link href={`/admin/sources/${id}/desk`}>事实台：{context.document.title}</Link> › 加到已有记录
      </p>
      <h1>加到已有记录</h1>
      <blockquote className="quote">{context.citation.exact}</blockquote>
      <form className="filters" method="get" aria-label="查找记录">
        <input type="hidden" name="from" value={formatQuoteRef(ref)} />
        <label className="filters__field">
          <span>记录名称</span>
          <input name="q" defaultValue={words} />
        </label>
        <button type="submit">查找</button>
      </form>
      {suggestions.length > 1 && (
        <p className="muted">
          原文中的名称：
          {suggestions.map((name) => (
            <Link key={name} href={`?from=${from}&q=${encodeURIComponent(name)}`} className="desk-suggestion">
              {name}
            </Link>
          ))}
        </p>
      )}
      {none && <p className="empty">没有名称含“{words}”的记录。可回到事实台新建记录。</p>}
      {groups
        .filter((group) => group.rows.length > 0)
        .map((group) => (
          <section key={group.section}>
            <h2>{group.label}</h2>
            <ul>
              {group.rows.map((row) => (
                <li key={row.id}>
                  <Link href={`/admin/${group.section}/${row.id}/edit?from=${from}`}>{row.name}</Link>
                  ：引文加入它的“引文”
                </li>
              ))}
            </ul>
          </section>
        ))}
      {found && found.metrics.length > 0 && (
        <section>
          <h2>指标</h2>
          <ul>
            {found.metrics.map((metric) => (
              <li key={metric.id}>
                <Link href={`/admin/metrics/${metric.id}/observations/new?from=${from}`}>{metric.nameZh}</Link>
                ：以此引文新建观测值
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
