import Link from 'next/link';
import { SiteSearch } from '@/components/site-search';

/** The public site's skip link, title, navigation and search: on every public page and on the 404 page. */
export function SiteHeader() {
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
                <Link href="/topics">专题</Link>
              </li>
              <li>
                <Link href="/metrics">指标</Link>
              </li>
              <li>
                <Link href="/projects">项目</Link>
              </li>
              <li>
                <Link href="/agreements">合作协议</Link>
              </li>
              <li>
                <Link href="/organisations">机构</Link>
              </li>
              <li>
                <Link href="/sources">原始文件</Link>
              </li>
            </ul>
          </nav>
          <SiteSearch />
        </div>
      </header>
    </>
  );
}
