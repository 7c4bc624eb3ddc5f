import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

// Reference (a) of `npm run bench`: fully static pages of the public layout in a range of sizes,
// prerendered at build, against which cached data pages of similar size are measured.
// Not linked from anywhere and not indexed.
export const dynamic = 'force-static';
export const dynamicParams = false;

const KILOBYTES = [8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512];
const PARAGRAPH =
  '江北数据收录重庆市江北区在新闻报道和年鉴中公开发布的数字，并为每一个数字标明出处：点击数字旁的引文标记，即可看到它在原始文件中的原话。';

export const generateStaticParams = () => KILOBYTES.map((size) => ({ kilobytes: String(size) }));

export const metadata: Metadata = { title: '基准参照页', robots: { index: false, follow: false } };

export default async function ReferencePage({ params }: { params: Promise<{ kilobytes: string }> }) {
  const kilobytes = Number((await params).kilobytes);
  if (!KILOBYTES.includes(kilobytes)) notFound();
  // The layout brings about 6 kB; each paragraph about 200 bytes of UTF-8 with its markup.
  const paragraphs = Math.max(1, Math.round((kilobytes * 1024 - 6 * 1024) / (Buffer.byteLength(PARAGRAPH) + 7)));
  return (
    <article className="prose">
      <h1>基准参照页（{kilobytes} kB）</h1>
      {Array.from({ length: paragraphs }, (_, index) => (
        <p key={index}>{PARAGRAPH}</p>
      ))}
    </article>
  );
}
