// How readers are told about an original file (no extraction code here: pages import this).

/** 原件 kind for the download link: PDF, 网页, 文本. */
export function originalKindLabel(mediaType: string): string {
  if (mediaType === 'application/pdf') return 'PDF';
  if (mediaType.startsWith('text/html')) return '网页';
  return '文本';
}

/** 1.2 MB, 340 KB, 900 字节. */
export function formatBytesZh(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}
