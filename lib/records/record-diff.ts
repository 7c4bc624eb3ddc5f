// Field-by-field comparison of two versions of a record in the form's shape, for reviewers, the
// admin history and the public history. Facts (observations, citations, parties, …) are matched by
// their ids, never by position, and named by their natural key ("观测值 2021年 › 数值",
// "引文「全区实现地区生产总值…」"); ids become names, enum values their Chinese labels.
import { isUuid } from '@/lib/ids/uuid';
import {
  agreementDomainLabel,
  agreementKindLabel,
  basisLabel,
  discrepancyAspectLabel,
  milestoneKindLabel,
  organisationKindLabel,
  projectKindLabel,
  projectRoleLabel,
  projectStatusLabel,
  qualifierLabel,
  sourceKindLabel,
  statementRankLabel,
  vintageLabel,
} from '@/lib/labels';
import { citedFieldLabel } from '@/lib/citations/cited-fields';
import { IDENTIFIED_LISTS } from './facts';

// In the order the forms show them.
const fieldLabel: Record<string, string> = {
  name: '名称',
  nameZh: '名称',
  title: '名称',
  // A project's aliases sit under its name in the form; an organisation's after its short name.
  aliases: '别名',
  nameEn: '英文名称',
  synonyms: '同义词',
  slug: '网址标识',
  kind: '类型',
  projectStatus: '状态',
  topicId: '专题',
  location: '地点',
  investment: '投资额',
  amount: '金额',
  description: '简介',
  parties: '参与机构',
  organisationId: '机构',
  newOrganisation: '新建机构',
  role: '角色',
  milestones: '进展节点',
  date: '日期',
  measures: '规模与数量',
  label: '名称',
  observations: '观测值',
  period: '时期',
  periodLabel: '时期说明',
  value: '数值',
  unit: '单位',
  qualifier: '限定',
  basis: '性质',
  subjectId: '统计对象',
  shortName: '简称',
  region: '所在地区',
  parentId: '上级机构',
  domain: '领域',
  partnerRegionId: '合作地区',
  signedOn: '签署日期',
  summary: '摘要',
  side: '一方',
  sortOrder: '排序',
  featured: '首页重点',
  isCumulative: '累计值',
  growthRate: '增速 %',
  growthQualifier: '增速限定',
  rankStatement: '排名表述',
  scope: '统计范围',
  vintage: '数据版本',
  rank: '取舍',
  rankReason: '取舍理由',
  note: '说明',
  citations: '引文',
  field: '引文支持',
  recordDiscrepancies: '来源分歧',
  valueDiscrepancies: '数值分歧',
  observationIds: '所涉观测值',
  aspect: '方面',
  statements: '表述',
  reading: '说法',
  citationId: '引文',
  preferred: '优先采用',
  periodReason: '时期核验理由',
  byline: '作者',
  publisher: '发布机构',
  originalUrl: '原文网址',
  statedDate: '发布日期',
  estimatedDate: '估计成文日期',
  datingNote: '日期说明',
  retrievedOn: '获取日期',
  language: '语言',
  rightsNote: '版权说明',
  versionNumber: '文本版本',
};

const yesNo: Record<string, string> = { true: '是', false: '否' };

const fieldOrder = Object.keys(fieldLabel);
const fieldRank = (key: string) => (fieldOrder.includes(key) ? fieldOrder.indexOf(key) : fieldOrder.length);

const enumLabels: Record<string, Record<string, string>> = {
  field: citedFieldLabel,
  projectStatus: projectStatusLabel,
  qualifier: qualifierLabel,
  growthQualifier: qualifierLabel,
  vintage: vintageLabel,
  rank: statementRankLabel,
  featured: yesNo,
  isCumulative: yesNo,
  preferred: yesNo,
  aspect: discrepancyAspectLabel,
  basis: basisLabel,
  role: projectRoleLabel,
  domain: agreementDomainLabel,
  side: { JIANGBEI: '江北一方', PARTNER: '合作一方' },
};
// `kind` means a project kind at the top level and a milestone kind inside milestones.
// The value sets do not overlap but for OTHER (其他 in each), so one map serves every record's kind.
const recordKindLabel: Record<string, string> = {
  ...organisationKindLabel,
  ...agreementKindLabel,
  ...projectKindLabel,
  ...sourceKindLabel,
};

/** Values a new fact has unless the editor says otherwise: not worth a row of their own. */
const defaults: Record<string, string> = {
  qualifier: 'EXACT',
  growthQualifier: 'EXACT',
  basis: 'REPORTED',
  isCumulative: 'false',
  vintage: 'FINAL',
  rank: 'NORMAL',
  featured: 'false',
  preferred: 'false',
  sortOrder: '0',
};

type Citation = { sourceVersionId: string; exact: string; start: number; end: number };
const isCitation = (value: unknown): value is Citation =>
  typeof value === 'object' && value !== null && 'sourceVersionId' in value && 'exact' in value;
const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export const shorten = (text: string, max = 18) =>
  [...text].length > max ? `${[...text].slice(0, max).join('')}…` : text;

/** A fact's name for people: what identifies it to an editor or reader. */
function factName(listKey: string, item: Record<string, unknown>, index: number, names: Map<string, string>): string {
  const text = (key: string) => (typeof item[key] === 'string' ? (item[key] as string) : '');
  const named = (() => {
    switch (listKey) {
      case 'observations':
        return text('periodLabel') || text('period');
      case 'milestones':
        return [milestoneKindLabel[text('kind') as keyof typeof milestoneKindLabel], text('date')]
          .filter(Boolean)
          .join(' ');
      case 'measures':
        return text('label');
      case 'parties': {
        const organisation = isObject(item.newOrganisation) ? String(item.newOrganisation.name ?? '') : '';
        return organisation || names.get(text('organisationId')) || '';
      }
      case 'citations':
        return `「${shorten(text('exact'))}」`;
      case 'recordDiscrepancies':
        return discrepancyAspectLabel[text('aspect') as keyof typeof discrepancyAspectLabel] ?? '';
      case 'statements':
        return `「${shorten(text('reading'))}」`;
      case 'valueDiscrepancies':
        return `「${shorten(text('note'))}」`;
      default:
        return '';
    }
  })();
  const noun = fieldLabel[listKey] ?? listKey;
  return listKey === 'citations' ? `${noun}${named}` : `${noun} ${named || index + 1}`;
}

export type DiffKind = 'added' | 'removed' | 'changed' | 'unchanged';

export type DiffRow = {
  /** Where the field sits in the newer version's data (the older one's for a removed field), e.g. observations.2.value */
  path: string;
  /** Identity of the field across versions: facts by id, e.g. observations[<id>].value */
  key: string;
  label: string;
  kind: DiffKind;
  before: string | null;
  after: string | null;
};

type Leaf = { path: string; label: string; text: string; raw: string };

/** A record's own observations by id (2020年 1325), for a value discrepancy naming one not yet published. */
function ownObservationNames(data: unknown): Array<[string, string]> {
  const observations = isObject(data) && Array.isArray(data.observations) ? data.observations : [];
  return observations.flatMap((o) =>
    isObject(o) && typeof o.id === 'string' ? [[o.id, `${String(o.periodLabel ?? '')} ${String(o.value ?? '')}`]] : [],
  );
}

/** Every leaf of a record keyed by identity, in document order. */
export function flattenRecord(data: unknown, knownNames: Map<string, string>): Map<string, Leaf> {
  const names = new Map([...ownObservationNames(data), ...knownNames]);
  const out = new Map<string, Leaf>();
  const visit = (value: unknown, key: string[], path: string[], labels: string[], listKey: string | null) => {
    const field = path.at(-1) ?? '';
    if (isCitation(value)) {
      const title = names.get(value.sourceVersionId) ?? '未知文件';
      const text = `“${value.exact}”（${title}，第 ${value.start + 1}–${value.end} 字）`;
      out.set(key.join('.'), { path: path.join('.'), label: labels.join(' › '), text, raw: text });
    } else if (Array.isArray(value)) {
      const facts = IDENTIFIED_LISTS.has(field);
      value.forEach((item, index) => {
        const id = facts && isObject(item) && typeof item.id === 'string' ? item.id : null;
        const itemLabel =
          facts && isObject(item) ? factName(field, item, index, names) : `${labels.at(-1) ?? ''} ${index + 1}`;
        visit(
          item,
          [...key.slice(0, -1), `${field}[${id ?? index}]`],
          [...path, String(index)],
          [...labels.slice(0, -1), itemLabel],
          facts ? field : listKey,
        );
      });
    } else if (isObject(value)) {
      // Stored JSON (jsonb) does not keep key order, so fields are shown in the forms' order.
      const entries = Object.entries(value)
        // Ids are identity, not content; a source's text version shows as its number.
        .filter(([child]) => child !== 'id' && child !== 'versionId')
        .sort(([a], [b]) => fieldRank(a) - fieldRank(b));
      for (const [child, inner] of entries) {
        // The qualifier of a growth rate that is not stated says nothing.
        if (child === 'growthQualifier' && !value.growthRate) continue;
        visit(inner, [...key, child], [...path, child], [...labels, fieldLabel[child] ?? child], listKey);
      }
    } else if (value !== null && value !== undefined && value !== '') {
      const raw = String(value);
      const labelMap =
        field === 'kind' ? (listKey === 'milestones' ? milestoneKindLabel : recordKindLabel) : enumLabels[field];
      const text = (labelMap as Record<string, string> | undefined)?.[raw] ?? names.get(raw) ?? raw;
      out.set(key.join('.'), { path: path.join('.'), label: labels.join(' › '), text, raw });
    }
  };
  visit(data, [], [], [], null);
  return out;
}

/**
 * Every field of the newer version against the older one (null for a new record): changed, added
 * and removed rows, and unchanged ones for a "show all" toggle. A new fact's default values
 * (确数, 实际, 否, …) are left out: they say nothing the reviewer must check.
 */
export function diffRecords(before: unknown, after: unknown, names: Map<string, string>): DiffRow[] {
  const old = before === null ? new Map<string, Leaf>() : flattenRecord(before, names);
  const next = flattenRecord(after, names);
  const rows: DiffRow[] = [];
  const isDefault = (key: string, leaf: Leaf) => defaults[key.split('.').at(-1) ?? ''] === leaf.raw;
  for (const [key, entry] of next) {
    const previous = old.get(key);
    if (!previous) {
      if (!isDefault(key, entry))
        rows.push({ path: entry.path, key, label: entry.label, kind: 'added', before: null, after: entry.text });
      continue;
    }
    rows.push({
      path: entry.path,
      key,
      label: entry.label,
      kind: previous.text === entry.text ? 'unchanged' : 'changed',
      before: previous.text,
      after: entry.text,
    });
  }
  for (const [key, entry] of old) {
    if (!next.has(key) && !isDefault(key, entry)) {
      rows.push({ path: entry.path, key, label: entry.label, kind: 'removed', before: entry.text, after: null });
    }
  }
  return rows;
}

/** The rows a reader of a diff needs first: everything but the unchanged. */
export const changedRows = (rows: DiffRow[]) => rows.filter((row) => row.kind !== 'unchanged');

/** Every id-like string a record refers to (organisations, topics, source versions), to look up names for. */
export function idsIn(data: unknown): string[] {
  const ids: string[] = [];
  JSON.stringify(data, (key, value: unknown) => {
    if (key !== 'id' && typeof value === 'string' && isUuid(value)) ids.push(value);
    return value;
  });
  return ids;
}
