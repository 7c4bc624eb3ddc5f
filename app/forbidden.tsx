import Link from 'next/link';

export default function Forbidden() {
  return (
    <main id="main" className="container not-found">
      <h1>无权访问</h1>
      <p>您的角色不能打开这个页面。如需权限，请联系管理员。</p>
      <p>
        <Link href="/admin">返回后台首页</Link>
      </p>
    </main>
  );
}
