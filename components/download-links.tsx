// Links to a dataset's open data files (CSV opens in spreadsheet programs with Chinese intact).
export function DownloadLinks({ path, label = '下载数据' }: { path: string; label?: string }) {
  return (
    <p className="download-links">
      {label}：<a href={`${path}.csv`}>CSV</a> · <a href={`${path}.json`}>JSON</a>
      <span className="muted">（每行附出处原文与链接）</span>
    </p>
  );
}
