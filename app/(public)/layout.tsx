import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';

// The public layout does no per-user work (no cookies or headers), so its pages can be cached.
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="container">
        {children}
      </main>
      <SiteFooter />
      {/* Last, so it never delays the page: reveals the 编辑 links to signed-in editors. It is per
          session, not part of the build, so it cannot be imported like the other styles. */}
      {/* eslint-disable-next-line @next/next/no-css-tags */}
      <link rel="stylesheet" href="/api/editor-tools.css" />
    </>
  );
}
