// The statements of a source document and what each one names, found by rules an editor can
// predict (not guesses): figures with Chinese units, 《…》 titles, quoted names after a verb of
// making, names ending in words such as 中心, 银行 or 码头, and lists separated by 、 in which one
// item is such a name. The fact desk and `npm run coverage:sources` both read documents through it.
import { extractNumbers, type NumberToken, type TextSpan } from '@/lib/citations';
import { buildTextIndex, spanOfChars, type TextIndex } from '@/lib/citations/text-index';

export type NameRule = 'title' | 'quoted' | 'suffix' | 'list';
export type NameMention = TextSpan & { text: string; rule: NameRule };
export type DocumentStatement = {
  /** 1-based position in the document, stable for a given text. */
  number: number;
  span: TextSpan;
  text: string;
  numbers: NumberToken[];
  names: NameMention[];
};

// Sentences end at a sentence mark or a blank line (single line breaks come from PDF extraction);
// list items start at a bullet or at a 【…】 label of a yearbook entry.
const STATEMENT_END = /[。！？；!?;]|\n\s*\n/gu;
const ITEM_START = /(?=[●■◆▲•★])|(?=【[^】\n]{1,30}】)/gu;

/** A number that counts something: digits, or a Chinese numeral followed by a unit (not 一带一路). */
function countsSomething(token: NumberToken): boolean {
  return /[0-9０-９]/u.test(token.text) || token.unit !== undefined;
}

/** Code point offsets of the places where a statement ends, in order. */
function boundaries(text: string): number[] {
  const codePointOf = new Map<number, number>();
  let codePoint = 0;
  for (let unit = 0; unit < text.length;) {
    codePointOf.set(unit, codePoint);
    unit += text.codePointAt(unit)! > 0xffff ? 2 : 1;
    codePoint += 1;
  }
  codePointOf.set(text.length, codePoint);
  const cuts = new Set<number>();
  let last = 0;
  for (const match of text.matchAll(STATEMENT_END)) {
    // A page break inside a sentence of prose (a comma before it, no closing mark) does not end it.
    const before = text.slice(last, match.index).trimEnd();
    const midSentence = match[0].trim() === '' && /[，,]/u.test(before) && !/[。！？；!?;：:”）)】》]$/u.test(before);
    if (midSentence) continue;
    last = match.index + match[0].length;
    cuts.add(codePointOf.get(last)!);
  }
  for (const match of text.matchAll(ITEM_START)) cuts.add(codePointOf.get(match.index)!);
  cuts.add(codePoint);
  return [...cuts].filter((cut) => cut > 0).sort((a, b) => a - b);
}

/** The document cut into statements, whitespace-only pieces dropped. */
export function splitStatements(text: string): Array<{ span: TextSpan; text: string }> {
  const chars = [...text];
  const statements: Array<{ span: TextSpan; text: string }> = [];
  let start = 0;
  for (const end of boundaries(text)) {
    const piece = chars.slice(start, end).join('');
    if (piece.trim() !== '') statements.push({ span: { start, end }, text: piece });
    start = end;
  }
  return statements;
}

// ——— Names ———

/** Words a name of a thing ends with, longest first so that 污水处理厂 wins over 处理厂. */
const NAME_SUFFIXES = (
  '中心 基地 园区 产业园 科技园 工业园 创业园 孵化器 工程 项目 协议 银行 保险 人寿 证券 基金 信托 集团 公司 ' +
  '法庭 法院 检察院 码头 公园 湿地 街区 街 旧址 学校 中学 小学 幼儿园 大学 学院 医院 卫生院 平台 小镇 广场 ' +
  '大桥 隧道 片区 示范区 试验区 保税区 港区 商圈 实验室 研究院 研究所 污水处理厂 水厂 博物馆 美术馆 图书馆 ' +
  '体育馆 文化馆 剧场 峰会 论坛 博览会 花博会 大讲堂 消费节 文化节 美食节 旅游节 步道 社区 小区 大道 枢纽 港'
)
  .split(' ')
  .sort((a, b) => [...b].length - [...a].length);

/** A suffix word followed by these is part of a longer common word, not the end of a name. */
const NOT_A_NAME_END: ReadonlyArray<[string, string]> = [
  ['中心', '城'],
  ['港', '区'],
  ['街', '道'],
  ['社区', '治'],
];

/** Words that end the words before a name: verbs of making, prepositions, particles. Longest first. */
const LEAD_WORDS = (
  '挂牌运营 相继落户 加快推进 全面推进 已变身 紧扣 经过 目前 确保 享受 尤其 支持 鼓励 搭建 按照 发挥 突出 深化 提升 涵盖 开展 位居 通过 已有 共有 建有 实现 引进 引入 落户 建成 开工 完成 实施 推进 启动 打造 新增 关闭 关停 ' +
  '取缔 拆除 改造 签订 签署 签约 成立 设立 投用 开放 开业 获批 入驻 举办 召开 加快 围绕 依托 推出 出台 ' +
  '荣获 获评 创建 包括 以及 相继 分别 全面 加紧 拥有 其中 例如 位于 及 与 和 同 在 对 的 了 将 为 是 把 被 由 向 等 集 如 自 该'
)
  .split(' ')
  .sort((a, b) => [...b].length - [...a].length);

/** Verbs after which a “quoted” phrase names a thing: 出台“江北嘴十条”, 推出“九街有个单位”. */
const MAKING_VERBS = ['出台', '推出', '举办', '打造', '建成', '创建', '荣获', '获评', '设立', '启动', '实施', '开展'];

/** Heads that make a suffix name a mere category: 重点项目, 21个银证保项目, 一批平台. */
const GENERIC_HEADS =
  /(?:^(?:该|其|新|大|小|开放|服务|金融|服务业|创新|数字|智慧|全区|全市|国家|市场|建设)|重点|一批|各类|相关|这些|重大|产业|招商|签约|民生|示范|试点|大型|城市|社区|城市更新|普惠性|公共|综合|特色|百亿级|区级|市级|国家级)$/u;
const COUNTED = /[\d０-９一二三四五六七八九十百千万两]+[多余]?(?:个|家|项|批|座|所|条|处|类|大|期|届|项重点)/u;

const PUNCTUATION = /[\p{P}\p{S}]/u;
const KEEP_IN_NAME = new Set([...'“”"()（）·-']);
const MAX_NAME_LENGTH = 26;

function isNameChar(char: string): boolean {
  return KEEP_IN_NAME.has(char) || !PUNCTUATION.test(char);
}

function startsWith(chars: readonly string[], at: number, word: string): boolean {
  const wanted = [...word];
  return wanted.every((char, offset) => chars[at + offset] === char);
}

const OPENERS = new Map([
  ['“', '”'],
  ['(', ')'],
  ['（', '）'],
]);

/** Moves `from` past an opening mark that does not close inside chars[from, to) (全市“最潮街区 → 最潮街区). */
function trimUnbalanced(chars: readonly string[], from: number, to: number): number {
  let start = from;
  for (let at = from; at < to; at += 1) {
    const closer = OPENERS.get(chars[at]!);
    if (closer !== undefined && !chars.slice(at + 1, to).includes(closer)) start = at + 1;
    if (
      [...OPENERS.values()].includes(chars[at]!) &&
      !chars.slice(start, at).some((c) => OPENERS.get(c) === chars[at])
    ) {
      start = Math.max(start, at + 1);
    }
  }
  return start;
}

/** Moves `from` past the last lead word in chars[from, to), so 引进南洋商业银行 starts at 南. */
function trimLead(chars: readonly string[], from: number, to: number): number {
  for (let at = to - 1; at >= from; at -= 1) {
    const word = LEAD_WORDS.find((candidate) => startsWith(chars, at, candidate) && at + [...candidate].length <= to);
    if (word !== undefined) return at + [...word].length;
  }
  return from;
}

function isCategory(head: string): boolean {
  const bare = head.replace(/[“”"]/gu, '');
  return bare.length < 2 || GENERIC_HEADS.test(bare) || COUNTED.test(bare);
}

type CharRange = { from: number; to: number; rule: NameRule };

function titleNames(chars: readonly string[], from: number, to: number): CharRange[] {
  const found: CharRange[] = [];
  for (let at = from; at < to; at += 1) {
    if (chars[at] !== '《') continue;
    const close = chars.indexOf('》', at + 1);
    if (close > at + 1 && close < to && close - at <= 60) found.push({ from: at + 1, to: close, rule: 'title' });
  }
  return found;
}

function suffixNames(chars: readonly string[], from: number, to: number): CharRange[] {
  const found: CharRange[] = [];
  for (let end = from + 1; end <= to; end += 1) {
    const suffix = NAME_SUFFIXES.find((word) => {
      const length = [...word].length;
      return end - length >= from && startsWith(chars, end - length, word);
    });
    if (suffix === undefined) continue;
    const suffixStart = end - [...suffix].length;
    if (NOT_A_NAME_END.some(([word, next]) => word === suffix && chars[end] === next)) continue;
    // A longer name may end here too (银行 inside 中信银行国际业务运营中心): the widest wins below.
    let start = suffixStart;
    while (start > from && end - start < MAX_NAME_LENGTH && isNameChar(chars[start - 1]!)) start -= 1;
    start = trimLead(chars, trimUnbalanced(chars, start, end), suffixStart);
    const head = chars.slice(start, suffixStart).join('');
    if (!isCategory(head)) found.push({ from: start, to: end, rule: 'suffix' });
  }
  return found;
}

function quotedNames(chars: readonly string[], from: number, to: number): CharRange[] {
  const found: CharRange[] = [];
  for (let at = from; at < to; at += 1) {
    if (chars[at] !== '“') continue;
    const close = chars.indexOf('”', at + 1);
    if (close < 0 || close >= to) continue;
    const inner = chars.slice(at + 1, close);
    const madeBy = MAKING_VERBS.some(
      (verb) => at - [...verb].length >= from && startsWith(chars, at - [...verb].length, verb),
    );
    if (madeBy && inner.length >= 2 && inner.length <= 16 && inner.every(isNameChar)) {
      found.push({ from: at, to: close + 1, rule: 'quoted' });
    }
  }
  return found;
}

const overlaps = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from < b.to && b.from < a.to;

/** Items of 、-separated runs in which one item already is a name: every item becomes one. */
function listNames(chars: readonly string[], from: number, to: number, named: CharRange[]): CharRange[] {
  const found: CharRange[] = [];
  const take = (items: Array<{ from: number; to: number }>, endsWithDeng: boolean) => {
    const isNamed = (item: { from: number; to: number }) => named.some((name) => overlaps(item, name));
    const namedCount = items.filter(isNamed).length;
    // One name in a run closed by 等 (…、九街、北仓等知名景点) names the rest; otherwise half must be names.
    if (items.length < 2 || namedCount === 0 || (!endsWithDeng && namedCount * 2 < items.length)) return;
    for (const item of items) {
      const text = chars.slice(item.from, item.to).join('');
      const length = item.to - item.from;
      if (length >= 2 && length <= 20 && !isCategory(text) && !/^[\d.]+$/u.test(text))
        found.push({ ...item, rule: 'list' });
    }
  };
  let items: Array<{ from: number; to: number }> = [];
  let itemStart = from;
  // A run starts after its clause's lead words (引进…) and ends at punctuation or at 等 (…等21个项目).
  const closeItem = (end: number) => items.push({ from: trimLead(chars, itemStart, end), to: end });
  for (let at = from; at <= to; at += 1) {
    const char = at < to ? chars[at]! : '。';
    if (char === '、') {
      closeItem(at);
      itemStart = at + 1;
    } else if (char === '等' && at > itemStart) {
      closeItem(at);
      take(items, true);
      items = [];
      itemStart = at + 1;
    } else if (!isNameChar(char)) {
      if (items.length > 0) closeItem(at);
      take(items, false);
      items = [];
      itemStart = at + 1;
    }
  }
  return found;
}

/** The widest of overlapping names, in text order. */
function widest(ranges: CharRange[]): CharRange[] {
  const sorted = [...ranges].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const kept: CharRange[] = [];
  for (const range of sorted) if (!kept.some((other) => overlaps(other, range))) kept.push(range);
  return kept.sort((a, b) => a.from - b.from);
}

/** The names in stripped chars [from, to) of a document index. */
function namesIn(index: TextIndex, from: number, to: number): NameMention[] {
  const { chars } = index;
  const ruled = [...titleNames(chars, from, to), ...quotedNames(chars, from, to), ...suffixNames(chars, from, to)];
  const named = widest(ruled);
  const listed = listNames(chars, from, to, named).filter((item) => !named.some((name) => overlaps(name, item)));
  return widest([...named, ...listed]).map((range) => ({
    ...spanOfChars(index, range.from, range.to),
    text: chars.slice(range.from, range.to).join(''),
    rule: range.rule,
  }));
}

/** First stripped char at or after code point `offset`. */
function charAtOrAfter(index: TextIndex, offset: number): number {
  let low = 0;
  let high = index.origins.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (index.origins[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whitespace, quotation marks and title marks are not part of a name. */
export function normalizeName(name: string): string {
  return name.replace(/[\s“”"《》〈〉「」]/gu, '');
}

/** The names a passage of text states, by the same rules as a whole document's. */
export function findNames(text: string): NameMention[] {
  const index = buildTextIndex(text);
  return namesIn(index, 0, index.chars.length);
}

/** Every statement of a document with the figures and names in it. */
export function findStatements(text: string): DocumentStatement[] {
  const index = buildTextIndex(text);
  const numbers = extractNumbers(text).filter(countsSomething);
  return splitStatements(text).map((statement, position) => {
    const from = charAtOrAfter(index, statement.span.start);
    const to = charAtOrAfter(index, statement.span.end);
    const inside = (token: TextSpan) => token.start >= statement.span.start && token.start < statement.span.end;
    return {
      number: position + 1,
      span: statement.span,
      text: statement.text,
      numbers: numbers.filter(inside),
      names: namesIn(index, from, to),
    };
  });
}
