'use client';
// The last resort when even the root layout fails: its own <html>, in Chinese, no details.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body>
        <main style={{ maxWidth: '40rem', margin: '4rem auto', padding: '0 1rem', fontFamily: 'sans-serif' }}>
          <h1>页面暂时无法显示</h1>
          <p>服务器暂时无法读取数据，请稍后再试。</p>
          <button type="button" onClick={() => reset()}>
            重试
          </button>
        </main>
      </body>
    </html>
  );
}
