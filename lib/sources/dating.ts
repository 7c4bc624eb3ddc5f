// When a source text was written: for reading its relative dates, and for readers.
import { formatPartialDateZh, type DatePrecision } from '@/lib/dates/partial-date';
/** The columns a document's reference date is read from (select them with `referenceDateSelect`). */
export const referenceDateSelect = { statedDate: true, estimatedDate: true } as const;

/**
 * The date a text speaks from, for 去年, 今年 and the like: when it was written as the editor
 * estimates it, else its stated date (a republished page's date can be years later).
 */
export function referenceDateOf(document: { statedDate: Date | null; estimatedDate: Date | null }): Date | null {
  return document.estimatedDate ?? document.statedDate;
}

type Dated = {
  statedDate: Date | null;
  statedDatePrecision: DatePrecision | null;
  estimatedDate?: Date | null;
  estimatedDatePrecision?: DatePrecision | null;
};

/** A document's date for readers: as stated, else 未注明 with the editor's estimate when there is one. */
export function sourceDateZh(document: Dated): string {
  if (document.statedDate && document.statedDatePrecision) {
    return formatPartialDateZh({ date: document.statedDate, precision: document.statedDatePrecision });
  }
  if (document.estimatedDate && document.estimatedDatePrecision) {
    return `未注明（估计约${formatPartialDateZh({ date: document.estimatedDate, precision: document.estimatedDatePrecision })}）`;
  }
  return '未注明';
}
