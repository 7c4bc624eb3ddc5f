import Link from 'next/link';

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link href="/" className="site-title">
            江北数据
          </Link>
          <p className="site-tagline">编辑后台</p>
        </div>
      </header>
      <main id="main" className="container narrow">
        {children}
      </main>
    </>
  );
}
