import Link from 'next/link';

/** The public site's footer: on every public page and on the 404 page. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          数据摘自公开发布的新闻报道与年鉴，每条数据均附原文出处。<Link href="/about">关于本站</Link>
        </p>
      </div>
    </footer>
  );
}
