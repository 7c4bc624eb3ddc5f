import Link from 'next/link';

// The public layout does no per-user work (no cookies or headers), so its pages can be cached.
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        跳到正文
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link href="/" className="site-title">
            江北数据
          </Link>
          <p className="site-tagline">每一个数字，都有出处</p>
          <nav className="site-nav" aria-label="主导航">
            <ul>
              <li>
                <Link href="/#topics-title">专题</Link>
              </li>
              <li>
                <Link href="/projects">项目</Link>
              </li>
              <li>
                <Link href="/agreements">合作协议</Link>
              </li>
              <li>
                <Link href="/sources">原始文件</Link>
              </li>
              <li>
                <Link href="/search">搜索</Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="container">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            数据摘自公开发布的新闻报道与年鉴，每条数据均附原文出处。<Link href="/about">关于本站</Link>
          </p>
        </div>
      </footer>
      {/* Last, so it never delays the page: reveals the 编辑 links to signed-in editors. It is per
          session, not part of the build, so it cannot be imported like the other styles. */}
      {/* eslint-disable-next-line @next/next/no-css-tags */}
      <link rel="stylesheet" href="/api/editor-tools.css" />
    </>
  );
}
