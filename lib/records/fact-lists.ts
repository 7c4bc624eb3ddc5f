// The facts that have a one-fact form: which record holds them, and what people call them.
import type { RecordType } from '@/lib/generated/prisma/enums';
import { milestoneKindLabel } from '@/lib/labels';

export const EDITABLE_FACT_LISTS = {
  observations: { recordType: 'METRIC', section: 'metrics', noun: '观测值' },
  measures: { recordType: 'PROJECT', section: 'projects', noun: '规模与数量' },
  milestones: { recordType: 'PROJECT', section: 'projects', noun: '进展节点' },
} as const satisfies Record<string, { recordType: RecordType; section: string; noun: string }>;

export type EditableFactList = keyof typeof EDITABLE_FACT_LISTS;

export const isEditableFactList = (value: string): value is EditableFactList =>
  Object.hasOwn(EDITABLE_FACT_LISTS, value);

/** A fact's name for people: 2021年, 长度, 开工 2022-12-26. */
export function factTitle(list: EditableFactList, fact: Record<string, unknown>): string {
  const text = (key: string) => (typeof fact[key] === 'string' ? (fact[key] as string) : '');
  if (list === 'observations') return text('periodLabel') || text('period');
  if (list === 'measures') return text('label');
  return `${milestoneKindLabel[text('kind') as keyof typeof milestoneKindLabel] ?? ''} ${text('date')}`.trim();
}
