import Link from 'next/link';

/** What a reader sees on a missing page, inside the public header and footer, with the ways on. */
export function NotFoundMessage() {
  return (
    <div className="not-found">
      <h1>页面不存在</h1>
      <p>您要找的页面不存在，或尚未发布。</p>
      <ul className="not-found__links">
        <li>
          <Link href="/">首页</Link>
        </li>
        <li>
          <Link href="/search">搜索</Link>
        </li>
        <li>
          <Link href="/sources">原始文件</Link>
        </li>
      </ul>
    </div>
  );
}
