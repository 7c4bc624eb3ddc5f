import 'server-only';
// Readable text, page by page, from an uploaded PDF with pdf.js (its legacy build, which runs in
// Node; next.config.js keeps the package external so it finds its worker, CJK maps and font data).
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import { normalizeCjkRadicals } from './cjk-radicals';

// Absolute directory paths, with the trailing slash pdfjs insists on. In Node, pdfjs reads
// `${cMapUrl}${name}.bcmap` with fs.readFile, so a plain file path works (no file:// URL needed).
// Not `createRequire` imported from 'node:module': Turbopack rewrites `require.resolve(...)` into a
// numeric module id. process.getBuiltinModule (Node >= 20.16) is opaque to the bundler.
function pdfjsDir(): string {
  const { createRequire } = process.getBuiltinModule('node:module');
  // import.meta.url is this source file under tsx/vitest, and (Turbopack) its build-time path in Next.
  for (const base of [import.meta.url, path.join(process.cwd(), 'package.json')]) {
    try {
      return path.dirname(createRequire(base).resolve('pdfjs-dist/package.json'));
    } catch {
      // try the next base
    }
  }
  throw new Error('pdfjs-dist is not installed');
}
const PDFJS_DIR = pdfjsDir();
const CMAP_DIR = path.join(PDFJS_DIR, 'cmaps') + path.sep;
const STANDARD_FONT_DIR = path.join(PDFJS_DIR, 'standard_fonts') + path.sep;
const WASM_DIR = path.join(PDFJS_DIR, 'wasm') + path.sep; // JPX/ICC decoders; harmless for text

// Han, kana, Hangul, CJK punctuation and full-width forms: no space belongs between two of these.
const CJK =
  '\\u2E80-\\u2FFF\\u3000-\\u30FF\\u3100-\\u31FF\\u3200-\\u9FFF\\uAC00-\\uD7AF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00A0]+(?=[${CJK}])`, 'gu');

function isTextItem(item: TextItem | TextMarkedContent): item is TextItem {
  return 'str' in item;
}

/** Joins one page's text items into lines: hasEOL or a change of baseline starts a new line. */
export function joinTextItems(items: Array<TextItem | TextMarkedContent>): string {
  const lines: string[] = [];
  let line = '';
  let lastY: number | null = null;
  let lastHeight = 0;
  for (const item of items) {
    if (!isTextItem(item)) continue;
    const y = item.transform[5];
    const height = Math.abs(item.height) || Math.abs(item.transform[3]) || 1;
    // Items on a different baseline (more than half a line away) start a new line even without hasEOL.
    if (item.str !== '' && lastY !== null && line !== '' && Math.abs(y - lastY) > Math.max(height, lastHeight) * 0.5) {
      lines.push(line);
      line = '';
    }
    line += item.str;
    if (item.str !== '') {
      lastY = y;
      lastHeight = height;
    }
    if (item.hasEOL) {
      lines.push(line);
      line = '';
    }
  }
  if (line !== '') lines.push(line);
  return lines
    .map((l) =>
      l
        .replace(/[ \t\u00A0]+/g, ' ')
        .replace(SPACE_BETWEEN_CJK, '')
        .trim(),
    )
    .filter((l) => l !== '')
    .join('\n');
}

export async function extractPdfText(bytes: Uint8Array): Promise<{ pages: string[] }> {
  const loadingTask = getDocument({
    // pdfjs transfers (detaches) the ArrayBuffer it is given and rejects Node Buffers: pass a copy.
    data: new Uint8Array(bytes),
    cMapUrl: CMAP_DIR,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONT_DIR,
    wasmUrl: WASM_DIR,
    useSystemFonts: false, // Node default; fonts are only parsed, never rendered
    disableFontFace: true, // Node default
    isEvalSupported: false, // no new Function() for font programs
    stopAtErrors: false, // recover from damaged files as far as possible
    verbosity: 0, // VerbosityLevel.ERRORS: silence "Warning: TT: undefined function" noise
  });
  try {
    const doc = await loadingTask.promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent(); // includeMarkedContent defaults to false
      pages.push(normalizeCjkRadicals(joinTextItems(content.items)));
      page.cleanup();
    }
    return { pages };
  } finally {
    await loadingTask.destroy(); // also destroys the document and the in-thread "fake" worker
  }
}

/** True when the PDF has pages but not one of them carries a text item (scanned / image-only). */
export function isImageOnly(result: { pages: string[] }): boolean {
  return result.pages.length > 0 && result.pages.every((p) => p.trim() === '');
}
