import 'server-only';
// Reading an uploaded original (a PDF or a saved web page) into the text citations anchor to. The
// file itself is kept byte for byte next to that text (SourceFile). A file that yields no text —
// a scanned PDF — or that is not what its name says is refused with a message for the field, and
// nothing is stored.
import { createHash } from 'node:crypto';
import { AppError } from '@/lib/errors';
import { extractHtmlText } from './extract/html-text';
import { extractPdfText, isImageOnly } from './extract/pdf-text';
import { joinPages } from './pages';

/** Originals up to 20 MB: newspaper pages and yearbook chapters, not whole yearbooks. */
export const MAX_ORIGINAL_BYTES = 20 * 1024 * 1024;

export type ReadOriginal = {
  mediaType: string;
  text: string;
  pageStarts: number[];
  title: string | null;
  meta: { author?: string; publisher?: string; published?: string };
  sha256: string;
};

const refuse = (message: string): never => {
  throw new AppError('VALIDATION', '请修正标出的字段。', { fieldErrors: { original: message } });
};

function looksLikePdf(bytes: Uint8Array): boolean {
  // The header may follow up to 1 KB of junk (PDF 1.7, 7.5.2).
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** The charset a page declares (<meta charset> or http-equiv), else UTF-8. */
function decodeHtml(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  try {
    return new TextDecoder(declared ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse(`这个网页无法按${declared ? ` ${declared} ` : ' UTF-8 '}编码读取，请另存为 UTF-8 后再导入。`);
  }
}

export async function readOriginal(fileName: string, bytes: Uint8Array): Promise<ReadOriginal> {
  if (bytes.byteLength === 0) refuse('文件是空的');
  if (bytes.byteLength > MAX_ORIGINAL_BYTES) refuse('文件超过 20 MB');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.pdf') || looksLikePdf(bytes)) {
    if (!looksLikePdf(bytes)) refuse('这个文件不是 PDF（文件头不符），请检查后重新选择。');
    const pages = await extractPdfText(bytes).catch(() => refuse('这个 PDF 已损坏或加密，无法读取。'));
    if (isImageOnly(pages) || pages.pages.length === 0) {
      refuse('这个 PDF 没有可提取的文字（可能是扫描件），请先做文字识别（OCR）后再导入。');
    }
    const { text, pageStarts } = joinPages(pages.pages);
    return { mediaType: 'application/pdf', text, pageStarts, title: null, meta: {}, sha256 };
  }
  if (lower.endsWith('.html') || lower.endsWith('.htm')) {
    const page = extractHtmlText(decodeHtml(bytes));
    if (page.text.trim() === '') refuse('这个网页里没有找到正文文字。');
    return { mediaType: 'text/html', text: page.text, pageStarts: [], title: page.title, meta: page.meta, sha256 };
  }
  return refuse('只能导入 PDF（.pdf）或网页（.html）原件；纯文本请用“上传文本文件”。');
}
