import Link from 'next/link';

/** Previous/next links that keep the list's other URL parameters. */
export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label="分页">
      {page > 1 ? <Link href={href(page - 1)}>← 上一页</Link> : <span aria-hidden="true">← 上一页</span>}
      <span>
        第 {page} / {pages} 页
      </span>
      {page < pages ? <Link href={href(page + 1)}>下一页 →</Link> : <span aria-hidden="true">下一页 →</span>}
    </nav>
  );
}

export function pageParam(raw: string | string[] | undefined): number {
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(value) && value >= 1 && value <= 10_000 ? value : 1;
}
