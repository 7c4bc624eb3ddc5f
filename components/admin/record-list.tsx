// The admin list of one record type: search, sorting and pagination in the URL, an edit link per row.
import Link from 'next/link';
import { PAGE_SIZE } from '@/lib/admin/queries';
import type { ListFilter, ListRow } from '@/lib/admin/sections';
import { formatDateTimeZh } from '@/lib/format/date-time';
import { withParam } from '@/lib/public/list-params';
import { Pagination } from '@/components/pagination';
import { searchText } from '@/lib/public/list-params';

type Props = {
  title: string;
  path: string;
  newLabel: string;
  topicHeading: string;
  detailHeading: string;
  query: string | undefined;
  /** Listing soft-deleted records (to restore them) instead of live ones. */
  deleted: boolean;
  filters: ListFilter[];
  /** The chosen value of each filter in use, by filter key. */
  chosen: Record<string, string>;
  sorts: Record<string, string>;
  sort: string;
  defaultSort: string;
  page: number;
  total: number;
  rows: ListRow[];
};

export function RecordList(props: Props) {
  const current = {
    q: props.query,
    ...props.chosen,
    sort: props.sort === props.defaultSort ? undefined : props.sort,
    deleted: props.deleted ? '1' : undefined,
  };
  const narrowed = props.query !== undefined || Object.keys(props.chosen).length > 0;
  return (
    <>
      <div className="page-head">
        <h1>
          {props.title}
          {props.deleted && '（已删除）'}
        </h1>
        <Link className="button button--primary" href={`${props.path}/new`}>
          {props.newLabel}
        </Link>
      </div>
      <form className="filters" action={props.path} method="get" role="search" aria-label={`搜索${props.title}`}>
        <label className="filters__field">
          <span>搜索</span>
          <input name="q" defaultValue={props.query ?? ''} placeholder="名称或网址标识" />
        </label>
        {props.filters.map((filter) => (
          <label className="filters__field" key={filter.key}>
            <span>{filter.label}</span>
            <select name={filter.key} defaultValue={props.chosen[filter.key] ?? ''}>
              <option value="">全部</option>
              {filter.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        {current.sort && <input type="hidden" name="sort" value={current.sort} />}
        {current.deleted && <input type="hidden" name="deleted" value="1" />}
        <button type="submit">筛选</button>
        <p className="filters__count" aria-live="polite">
          共 {props.total} 条
        </p>
      </form>
      <p className="sort-links">
        {props.deleted ? (
          <Link href={withParam(props.path, current, 'deleted', undefined)}>← 返回现有记录</Link>
        ) : (
          <Link href={withParam(props.path, current, 'deleted', '1')}>已删除的记录</Link>
        )}{' '}
        · 排序：
        {Object.entries(props.sorts).map(([key, label]) =>
          key === props.sort ? (
            <strong key={key} aria-current="true">
              {label}
            </strong>
          ) : (
            <Link key={key} href={withParam(props.path, current, 'sort', key === props.defaultSort ? undefined : key)}>
              {label}
            </Link>
          ),
        )}
      </p>
      {props.rows.length === 0 ? (
        <p className="empty">
          没有找到记录。
          {narrowed && (
            <Link href={withParam(props.path, { deleted: current.deleted }, 'deleted', current.deleted)}>清除筛选</Link>
          )}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">名称</th>
                <th scope="col">{props.topicHeading}</th>
                <th scope="col">{props.detailHeading}</th>
                <th scope="col">更新于</th>
                <th scope="col">
                  <span className="visually-hidden">操作</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((row) => (
                <tr key={row.id}>
                  <td>{row.publicHref ? <Link href={row.publicHref}>{row.name}</Link> : row.name}</td>
                  <td>{row.topic}</td>
                  <td>{row.detail}</td>
                  <td>{formatDateTimeZh(row.updatedAt)}</td>
                  <td>
                    <Link href={`${props.path}/${row.id}/edit`} aria-label={`编辑 ${row.name}`}>
                      编辑
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={props.page}
        pages={Math.max(1, Math.ceil(props.total / PAGE_SIZE))}
        href={(p) => withParam(props.path, current, 'page', p === 1 ? undefined : String(p))}
      />
    </>
  );
}

/** The search text of a list URL, trimmed and bounded. */
export function queryParam(raw: string | string[] | undefined): string | undefined {
  return searchText(raw).slice(0, 100) || undefined;
}
