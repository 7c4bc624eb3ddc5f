// The facts that have a one-fact form: which record holds them, and what people call them.
import type { RecordType } from '@/lib/generated/prisma/enums';
import { milestoneKindLabel } from '@/lib/labels';

export const EDITABLE_FACTS = {
  'metrics/observations': { recordType: 'METRIC', list: 'observations', noun: '观测值' },
  'projects/measures': { recordType: 'PROJECT', list: 'measures', noun: '规模与数量' },
  'projects/milestones': { recordType: 'PROJECT', list: 'milestones', noun: '进展节点' },
  'projects/parties': { recordType: 'PROJECT', list: 'parties', noun: '参与机构' },
  'agreements/parties': { recordType: 'AGREEMENT', list: 'parties', noun: '签约方' },
} as const satisfies Record<string, { recordType: RecordType; list: string; noun: string }>;

/** `section/list`, as in the admin address /admin/{section}/{id}/{list}/{factId}. */
export type EditableFacts = keyof typeof EDITABLE_FACTS;

export const editableFacts = (section: string, list: string): EditableFacts | null => {
  const key = `${section}/${list}`;
  return Object.hasOwn(EDITABLE_FACTS, key) ? (key as EditableFacts) : null;
};

/** A fact's name for people: 2021年, 长度, 开工 2022-12-26, 德阳市. */
export function factTitle(facts: EditableFacts, fact: Record<string, unknown>, names: Map<string, string>): string {
  const text = (key: string) => (typeof fact[key] === 'string' ? (fact[key] as string) : '');
  switch (EDITABLE_FACTS[facts].list) {
    case 'observations':
      return text('periodLabel') || text('period');
    case 'measures':
      return text('label');
    case 'milestones':
      return `${milestoneKindLabel[text('kind') as keyof typeof milestoneKindLabel] ?? ''} ${text('date')}`.trim();
    case 'parties':
      return names.get(text('organisationId')) ?? '新机构';
  }
}
