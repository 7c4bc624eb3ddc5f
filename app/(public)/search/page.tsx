import type { Metadata } from 'next';
import Link from 'next/link';
import { Pagination, pageParam } from '@/components/pagination';
import { Highlight } from '@/components/highlight';
import { pickParam, searchText, type SearchParams } from '@/lib/public/list-params';
import { MAX_QUERY_LENGTH, RESULTS_PER_GROUP, search } from '@/lib/public/search';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: '搜索',
  description: '搜索江北区公开数据：指标、项目、合作协议、合作地区和原始文件全文。',
  robots: { index: false },
};

const EXAMPLES = ['德阳', '教育合作', '北滨路', '地区生产总值', '金融'];
const GROUPS = ['metrics', 'projects', 'agreements', 'organisations', 'sources'] as const;

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const query = searchText(params.q);
  const tooLong = query.length > MAX_QUERY_LENGTH;
  const only = pickParam(params, 'type', GROUPS);
  const page = pageParam(params.page);
  const groups = query && !tooLong ? await search(query, only ? { group: only, page } : undefined) : [];
  const queryHref = (extra: Record<string, string | undefined>) =>
    `/search?${new URLSearchParams(Object.entries({ q: query, ...extra }).filter((e): e is [string, string] => !!e[1])).toString()}`;
  const total = groups.reduce((sum, g) => sum + g.total, 0);

  return (
    <>
      <h1>搜索</h1>
      <form className="filters search-form" action="/search" method="get" role="search" aria-label="搜索全站">
        <label className="filters__field search-form__field">
          <span>关键词</span>
          <input
            name="q"
            type="search"
            defaultValue={tooLong ? '' : query}
            maxLength={MAX_QUERY_LENGTH}
            placeholder="如 德阳、教育合作、北滨路"
          />
        </label>
        <button type="submit">搜索</button>
      </form>

      {tooLong && (
        <p className="form__error" role="alert">
          关键词过长（最多 {MAX_QUERY_LENGTH} 字），请换一个更短的词。
        </p>
      )}
      {!query && (
        <p className="lead">
          可以搜索指标、项目、合作协议、合作地区和原始文件全文。试试：
          {EXAMPLES.map((example) => (
            <Link key={example} href={`/search?q=${encodeURIComponent(example)}`} className="search-example">
              {example}
            </Link>
          ))}
        </p>
      )}
      {query && !tooLong && (
        <p className="filters__count" aria-live="polite">
          “{query}”共找到 {total} 条结果
          {only && (
            <>
              {' · '}
              <Link href={queryHref({})}>返回全部类型</Link>
            </>
          )}
        </p>
      )}
      {query && !tooLong && total === 0 && (
        <p className="empty">
          没有找到与“{query}”相关的内容。可以试试更短的词（如“德阳”而不是“德阳市人民政府”），或浏览
          <Link href="/agreements">合作协议</Link>、<Link href="/projects">项目</Link>。
        </p>
      )}
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`group-${group.key}`} className="search-group">
          <h2 id={`group-${group.key}`}>
            {group.label}
            <span className="muted">（{group.total}）</span>
          </h2>
          <ul className="record-list">
            {group.hits.map((hit) => (
              <li key={hit.href}>
                <Link href={hit.href}>
                  <Highlight text={hit.title} query={query} />
                </Link>
                {hit.snippet && (
                  <p className="record-list__meta">
                    <Highlight text={hit.snippet} query={query} />
                  </p>
                )}
              </li>
            ))}
          </ul>
          {only ? (
            <Pagination
              page={page}
              pages={Math.max(1, Math.ceil(group.total / RESULTS_PER_GROUP))}
              href={(p) => queryHref({ type: only, page: p === 1 ? undefined : String(p) })}
            />
          ) : (
            group.total > group.hits.length && (
              <p>
                <Link href={queryHref({ type: group.key })}>
                  查看全部 {group.total} 条{group.label}结果
                </Link>
              </p>
            )
          )}
        </section>
      ))}
    </>
  );
}
