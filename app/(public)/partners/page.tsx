import type { Metadata } from 'next';
import Link from 'next/link';
import { listPartners } from '@/lib/records/agreement/public';

// Cached; every publish refreshes it (lib/cache/page-cache-handler.js).
export const revalidate = 3600;

export const metadata: Metadata = {
  title: '合作地区',
  description: '与重庆市江北区签订协议、开展合作的城市与地区，及各自的协议数量，均附原文出处。',
  alternates: { canonical: '/partners' },
};

export default async function PartnersPage() {
  const partners = await listPartners();
  return (
    <>
      <nav aria-label="位置" className="breadcrumb">
        <Link href="/">首页</Link> / <span>合作地区</span>
      </nav>
      <h1>合作地区</h1>
      <p className="lead">
        与江北区签订协议、开展合作的城市与地区，按协议数量排列。全部协议见<Link href="/agreements">合作协议</Link>。
      </p>
      {partners.length === 0 ? (
        <p className="empty">暂无已发布的合作地区。</p>
      ) : (
        <ul className="card-grid">
          {partners.map((partner) => (
            <li key={partner.slug} className="card">
              <h2 className="card__title">
                <Link href={`/partners/${partner.slug}`}>{partner.name}</Link>
              </h2>
              {partner.region && partner.region !== partner.name && <p className="card__subtitle">{partner.region}</p>}
              <p className="card__meta">协议与合作 {partner.agreementCount} 项</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
