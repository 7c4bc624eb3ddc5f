// How figures read on the page: 超300天, 约1600亿元, 增长3.9%.
import type { ValueBasis, ValueQualifier } from '@/lib/generated/prisma/enums';
import { qualifierWord } from '@/lib/labels';

type DecimalLike = { toString(): string } | string | number;

/** A decimal as written, without trailing zeros: 1325.000000 → 1325, 3.80 → 3.8. */
export function formatDecimal(value: DecimalLike): string {
  const text = value.toString();
  if (!text.includes('.')) return text;
  return text.replace(/0+$/, '').replace(/\.$/, '');
}

export function formatFigure(options: {
  value: DecimalLike;
  unit: string;
  qualifier?: ValueQualifier | null;
  basis?: ValueBasis | null;
  isCumulative?: boolean;
}): string {
  const parts = [
    options.basis === 'EXPECTED' ? '预计' : options.basis === 'TARGET' ? '目标' : '',
    options.isCumulative ? '累计' : '',
    options.qualifier ? qualifierWord[options.qualifier] : '',
    formatDecimal(options.value),
    options.unit,
  ];
  return parts.join('');
}

export function formatGrowth(rate: DecimalLike, qualifier?: ValueQualifier | null): string {
  const text = formatDecimal(rate);
  const negative = text.startsWith('-');
  const word = qualifier ? qualifierWord[qualifier] : '';
  return `${negative ? '下降' : '增长'}${word}${negative ? text.slice(1) : text}%`;
}
