/** Multipliers that belong to the unit, not to the number: 1325亿元 is 1325 of 亿元. */
export const UNIT_MULTIPLIERS: readonly string[] = ['万亿', '亿', '万'];

/** "More than": 5.7万余人, 4200余起, 500多家 still state 5.7 (万人), 4200 (起), 500 (家). */
export const APPROXIMATION_MARKERS: readonly string[] = ['余', '多'];

/** Base units recognized after a number, longest first so that 人次 wins over 人. */
export const BASE_UNITS: readonly string[] = (
  '% ％ ‰ 元 美元 欧元 港元 人 人次 名 位 户 家 个 项 件 起 条 篇 所 座 支 部 台 辆 艘 单 套 批 届 期 场 场次 次 倍 ' +
  '种 类 处 片 栋 间 张 份 例 只 头 株 棵 亩 公顷 平方米 平方公里 米 千米 公里 吨 标准箱 千瓦 千瓦时 度 ' +
  '年 月 日 天 小时 分钟 周 岁 季度'
)
  .split(' ')
  .sort((a, b) => [...b].length - [...a].length);

/** The unit written at chars[from...]: optional multiplier, optional 余/多, then a base unit. */
export function readUnit(chars: readonly string[], from: number): string | undefined {
  const rest = chars.slice(from, from + 12).join('');
  const multiplier = UNIT_MULTIPLIERS.find((candidate) => rest.startsWith(candidate)) ?? '';
  let tail = rest.slice(multiplier.length);
  const marker = APPROXIMATION_MARKERS.find((candidate) => tail.startsWith(candidate)) ?? '';
  tail = tail.slice(marker.length);
  const base = BASE_UNITS.find((candidate) => tail.startsWith(candidate));
  if (base !== undefined) {
    return multiplier + marker + base;
  }
  return multiplier === '' ? undefined : multiplier;
}

/**
 * How many chars at chars[from...] spell `unit` (whitespace already removed), allowing a 余/多
 * after the number or after the unit's multiplier; null when the unit is not there.
 * ％ and % are the same unit.
 */
export function matchUnitAt(chars: readonly string[], from: number, unit: string): number | null {
  const wanted = normalizeUnit(unit);
  const rest = normalizeUnit(chars.slice(from, from + [...wanted].length + 1).join(''));
  const spelled = spellingsOf(wanted).find((spelling) => rest.startsWith(spelling));
  if (spelled === undefined) {
    return null;
  }
  // 5865人次 does not state 5865 人: a complete unit must not be the start of a longer one.
  const written = normalizeUnit(readUnit(chars, from) ?? '');
  const isCompleteUnit = readUnit([...wanted], 0) === wanted && !UNIT_MULTIPLIERS.includes(wanted);
  if (isCompleteUnit && written !== spelled && written.startsWith(spelled)) {
    return null;
  }
  return [...spelled].length;
}

export function normalizeUnit(unit: string): string {
  return unit.replace(/\s+/gu, '').replaceAll('％', '%');
}

export function isPercentUnit(unit: string): boolean {
  return normalizeUnit(unit) === '%';
}

function spellingsOf(unit: string): string[] {
  const multiplier = UNIT_MULTIPLIERS.find((candidate) => unit.startsWith(candidate)) ?? '';
  const withMarkers = APPROXIMATION_MARKERS.flatMap((marker) => [
    marker + unit,
    ...(multiplier === '' ? [] : [multiplier + marker + unit.slice(multiplier.length)]),
  ]);
  return [unit, ...withMarkers];
}
