import 'server-only';
// Readable main text, title and metadata of a saved web page, with linkedom (pure JS): the page's
// own <main> or lone <article>, else the block Mozilla's Readability finds, never navigation,
// scripts, forms or hidden parts; paragraphs separated by blank lines, table cells by tabs.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlText {
  title: string | null;
  text: string;
  meta: { author?: string; publisher?: string; published?: string };
}

// Never content: code, chrome, widgets, embedded objects.
const SKIP = new Set([
  'head',
  'title',
  'meta',
  'link',
  'base',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'input',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'map',
  'dialog',
]);
const SKIP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
]);
// Elements that start and end a paragraph.
const BLOCK = new Set([
  'address',
  'article',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'footer',
  'hgroup',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
  'center',
]);
const LINE = '\uE000'; // <br>, table row: a line break inside a paragraph
const CELL = '\uE001'; // table cell separator (becomes a tab)
const CJK =
  '\\u2E80-\\u2FDF\\u3000-\\u303F\\u3040-\\u30FF\\u3100-\\u312F\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF';
// CSS Text 3 segment-break rule: a source line break between two CJK characters is removed, not a space.
const CJK_SEGMENT_BREAK = new RegExp(`(?<=[${CJK}])[ \\t\\r\\f]*\\n[\\s]*(?=[${CJK}])`, 'gu');
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

function isSkipped(el: Element, tag: string): boolean {
  if (SKIP.has(tag)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role.toLowerCase())) return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  // Page header/footer are chrome; an article's own <header> (title, byline) is content.
  if ((tag === 'header' || tag === 'footer') && !el.parentElement?.closest('article')) return true;
  return false;
}

function cleanParagraph(raw: string): string {
  return raw
    .replace(CJK_SEGMENT_BREAK, '')
    .replace(/[ \t\n\r\f\u00A0]+/g, ' ')
    .split(LINE)
    .map((line) =>
      line
        .split(CELL)
        .map((cell) => cell.trim())
        .filter(Boolean)
        .join('\t'),
    )
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

function collectParagraphs(root: Node): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = () => {
    const paragraph = cleanParagraph(buffer);
    if (paragraph) paragraphs.push(paragraph);
    buffer = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        buffer += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue; // comments, processing instructions
      const el = child as Element;
      const tag = el.localName;
      if (isSkipped(el, tag)) continue;
      if (tag === 'br') buffer += LINE;
      else if (tag === 'tr') {
        buffer += LINE;
        walk(el);
        buffer += LINE;
      } else if (tag === 'td' || tag === 'th') {
        buffer += CELL;
        walk(el);
        buffer += CELL;
      } else if (BLOCK.has(tag)) {
        flush();
        walk(el);
        flush();
      } else walk(el);
    }
  };
  walk(root);
  flush();
  return paragraphs;
}

function metaMap(document: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))
      ?.trim()
      .toLowerCase();
    const value = meta.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (key && value && !map.has(key)) map.set(key, value);
  }
  return map;
}

const first = (meta: Map<string, string>, keys: string[]) => keys.map((k) => meta.get(k)).find(Boolean);

// linkedom implements the DOM; its own typings differ from lib.dom's, so view it through lib.dom.
const parseDocument = (html: string) => parseHTML(html).document as unknown as Document;

export function extractHtmlText(html: string): HtmlText {
  const document = parseDocument(html);
  const meta = metaMap(document);

  const title =
    first(meta, ['og:title', 'articletitle']) ??
    (document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null);

  // 1. Semantic markup: <main> / role=main, else a lone <article>.
  const articles = document.querySelectorAll('article');
  let root: Node | null =
    document.querySelector('main, [role="main"]') ?? (articles.length === 1 ? articles[0]! : null);
  // 2. "Div soup" (no semantic tags, common on older CMS templates): let Readability find the
  //    content block. It mutates the document it is given, so it gets its own parse.
  if (!root) {
    const article = new Readability(parseDocument(html)).parse();
    if (article?.content) root = parseDocument(`<!doctype html><html><body>${article.content}</body></html>`).body;
  }
  // 3. Otherwise the whole document, minus the skipped elements. Not document.body: linkedom is not an
  //    HTML5 tree builder, and for input without <html>/<body> tags its body is empty.
  root ??= document;

  const result: HtmlText = { title, text: collectParagraphs(root).join('\n\n'), meta: {} };
  const author = first(meta, ['author', 'article:author', 'contentsource']);
  const publisher = first(meta, ['og:site_name', 'sitename', 'publisher']);
  const published =
    first(meta, ['article:published_time', 'pubdate', 'publishdate', 'datepublished', 'dc.date.issued', 'date']) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  if (author) result.meta.author = author;
  if (publisher) result.meta.publisher = publisher;
  if (published) result.meta.published = published;
  return result;
}
