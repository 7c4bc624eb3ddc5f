// Ranks as the text states them (全市第4位, 主城区第一, 位列重庆贸易类企业前5) read into a position
// and the group it is counted in, so ranks can be charted and compared. Read from the statement
// wherever they are shown (API, downloads, the form), so the two can never disagree.
import { parseChineseInteger } from '@/lib/citations/chinese-numerals';

export type StatedRank = {
  /** The words that state it, e.g. 全市第4位. */
  statement: string;
  position: number;
  /** What it is counted among, e.g. 全市, 主城都市区中心城区, 重庆贸易类企业. */
  group: string;
  /** 前5: among the first `position`, not exactly at it. */
  top: boolean;
};

const RANK = /(第|前)([一二三四五六七八九十\d]{1,3})(位|名)?(?=$|[位名，。；、,;）)\s])/gu;
const LEAD_VERBS = ['位居', '位列', '跻身', '稳居', '保持', '进入', '居于', '居', '列', '在', '为'];
const GROUP_BREAK = /[，。；、,;（(：:\s]/u;

function groupBefore(text: string): string {
  const window = text.slice(-16);
  let start = 0;
  for (let at = window.length - 1; at >= 0; at -= 1) {
    if (GROUP_BREAK.test(window[at]!)) {
      start = at + 1;
      break;
    }
    const verb = LEAD_VERBS.find((word) => window.startsWith(word, at));
    if (verb !== undefined && at + verb.length < window.length) {
      start = at + verb.length;
      break;
    }
  }
  return window.slice(start);
}

/** Every rank a statement states, in order. */
export function readRanks(text: string): StatedRank[] {
  const ranks: StatedRank[] = [];
  for (const match of text.matchAll(RANK)) {
    const group = groupBefore(text.slice(0, match.index));
    const numeral = match[2]!;
    const position = /^\d+$/u.test(numeral) ? Number(numeral) : Number(parseChineseInteger([...numeral], true) ?? 0);
    if (group.length < 2 || position <= 0) continue;
    ranks.push({ statement: `${group}${match[0]}`, position, group, top: match[1] === '前' });
  }
  return ranks;
}

/** The first rank a statement states, or null. */
export function readRank(text: string): StatedRank | null {
  return readRanks(text)[0] ?? null;
}
