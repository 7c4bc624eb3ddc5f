import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" className="container not-found">
      <h1>页面不存在</h1>
      <p>您要找的页面不存在，或尚未发布。</p>
      <p>
        <Link href="/">返回首页</Link>
      </p>
    </main>
  );
}
