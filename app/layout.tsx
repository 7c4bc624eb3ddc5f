import type { Metadata, Viewport } from 'next';
import { env } from '@/lib/env';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(env.siteUrl()),
  openGraph: { siteName: '江北数据', locale: 'zh_CN', type: 'website' },
  title: { default: '江北数据 · 有据可查的江北区公开数据', template: '%s · 江北数据' },
  description: '重庆市江北区公开发布的经济、开放、生态与合作数据，每一个数字都链接到原始文件中的出处。',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
