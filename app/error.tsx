'use client';
// Shown instead of a page that failed to render (for example while the database is unreachable):
// a plain Chinese message, never a stack trace; the error's details stay in the server log.
import Link from 'next/link';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="container not-found">
      <h1>页面暂时无法显示</h1>
      <p>服务器暂时无法读取数据，请稍后再试。已经公开的页面通常仍可访问。</p>
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          重试
        </button>{' '}
        <Link href="/">返回首页</Link>
      </p>
    </main>
  );
}
