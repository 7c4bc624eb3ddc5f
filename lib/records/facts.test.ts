import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { sourceRecordSchema } from '@/lib/sources/schema';
import { agreementDraftSchema } from './agreement/schema';
import { ABSENT_BY_CHOICE, withMissingFieldsFrom } from './facts';
import { metricDraftSchema } from './metric/schema';
import { organisationDraftSchema } from './organisation/schema';
import { projectDraftSchema } from './project/schema';
import { topicDraftSchema } from './topic/schema';

describe('stored data read against the record as it is now', () => {
  const current = {
    name: '九街',
    aliases: ['大九街'],
    recordDiscrepancies: [{ id: 'd1', note: '两份文件说法不一' }],
    observations: [
      { id: 'o1', value: '10', scope: '江北嘴金融核心区', citations: [{ id: 'c1', exact: '10', field: 'value' }] },
      { id: 'o2', value: '20', scope: '' },
    ],
  };

  it('takes a field the draft was saved without from the record, facts matched by id', () => {
    // Saved before aliases, discrepancies and scopes existed; o2 moved first, o3 is new.
    const stored = {
      name: '九街片区',
      observations: [
        { id: 'o2', value: '21' },
        { id: 'o1', value: '11', citations: [{ id: 'c1', exact: '10' }] },
        { value: '30' },
      ],
    };
    expect(withMissingFieldsFrom(stored, current)).toEqual({
      name: '九街片区',
      aliases: ['大九街'],
      recordDiscrepancies: [{ id: 'd1', note: '两份文件说法不一' }],
      observations: [
        { id: 'o2', value: '21', scope: '' },
        // A citation of the whole fact has no `field`: that absence is the editor's choice, kept.
        { id: 'o1', value: '11', scope: '江北嘴金融核心区', citations: [{ id: 'c1', exact: '10' }] },
        { value: '30' },
      ],
    });
  });

  it('lets a discrepancy taken from the record go of the facts the stored data has removed', () => {
    const record = {
      observations: [{ id: 'o1' }, { id: 'o2' }, { id: 'o3' }],
      citations: [{ id: 'c1' }, { id: 'c2' }],
      valueDiscrepancies: [
        { id: 'v1', note: '三个数', observationIds: ['o1', 'o2', 'o3'] },
        { id: 'v2', note: '两个数', observationIds: ['o1', 'o3'] },
      ],
      recordDiscrepancies: [{ id: 'r1', statements: [{ citationId: 'c1' }, { citationId: 'c2' }] }],
    };
    // An old version without o3 and c2, saved before either list existed.
    const old = { observations: [{ id: 'o1' }, { id: 'o2' }], citations: [{ id: 'c1' }] };
    expect(withMissingFieldsFrom(old, record)).toEqual({
      ...old,
      valueDiscrepancies: [{ id: 'v1', note: '三个数', observationIds: ['o1', 'o2'] }],
      recordDiscrepancies: [],
    });
    // A list the stored data has is its own, untouched.
    const saved = { ...old, valueDiscrepancies: record.valueDiscrepancies };
    expect(withMissingFieldsFrom(saved, record)).toMatchObject({ valueDiscrepancies: record.valueDiscrepancies });
  });

  it('keeps what the draft says, an empty list included', () => {
    const stored = { name: '九街', aliases: [], recordDiscrepancies: [], observations: [] };
    expect(withMissingFieldsFrom(stored, current)).toEqual(stored);
  });

  it('leaves the data of a new record as it is', () => {
    expect(withMissingFieldsFrom({ name: '新项目' }, null)).toEqual({ name: '新项目' });
  });
});

/** Keys a schema's output may lack (zod's optional, not a default), at any depth. */
function optionalKeys(schema: z.ZodType): Set<string> {
  const keys = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (node: z.ZodType) => {
    if (seen.has(node)) return;
    seen.add(node);
    const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'object') {
      for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        if (field._zod.optout === 'optional') keys.add(key);
        visit(field);
      }
    }
    for (const inner of ['innerType', 'element', 'in', 'out']) if (def[inner]) visit(def[inner] as z.ZodType);
    for (const option of (def.options as z.ZodType[] | undefined) ?? []) visit(option);
  };
  visit(schema);
  return keys;
}

describe('fields whose absence is a choice', () => {
  it('are exactly the optional fields of the record schemas', () => {
    const schemas = [
      metricDraftSchema,
      projectDraftSchema,
      agreementDraftSchema,
      organisationDraftSchema,
      topicDraftSchema,
      sourceRecordSchema,
    ];
    const optional = new Set(schemas.flatMap((schema) => [...optionalKeys(schema as z.ZodType)]));
    expect([...optional].sort()).toEqual([...ABSENT_BY_CHOICE].sort());
  });
});
