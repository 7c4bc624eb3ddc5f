import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/not-found-message';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';

export const metadata: Metadata = { title: '页面不存在', robots: { index: false } };

// Addresses no route matches get the public site's header and footer; a public page's own
// notFound() is answered by app/(public)/not-found.tsx inside the public layout.
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="container">
        <NotFoundMessage />
      </main>
      <SiteFooter />
    </>
  );
}
