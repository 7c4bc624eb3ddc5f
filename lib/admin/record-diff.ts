// Field-by-field comparison of two versions of a record in the form's shape, for reviewers and
// history. Ids become names, enum values their Chinese labels, citations their quotes.
import { isUuid } from '@/lib/ids/uuid';
import {
  agreementDomainLabel,
  agreementKindLabel,
  basisLabel,
  milestoneKindLabel,
  organisationKindLabel,
  projectKindLabel,
  projectRoleLabel,
  projectStatusLabel,
  qualifierLabel,
  statementRankLabel,
  vintageLabel,
} from '@/lib/labels';

// In the order the forms show them.
const fieldLabel: Record<string, string> = {
  name: '名称',
  nameZh: '名称',
  title: '名称',
  nameEn: '英文名称',
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
  note: '备注',
  measures: '规模与数量',
  label: '名称',
  value: '数值',
  unit: '单位',
  qualifier: '限定',
  basis: '性质',
  subjectId: '统计对象',
  shortName: '简称',
  aliases: '别名',
  region: '所在地区',
  parentId: '上级机构',
  domain: '领域',
  partnerRegionId: '合作地区',
  signedOn: '签署日期',
  summary: '摘要',
  side: '一方',
  sortOrder: '排序',
  featured: '首页重点',
  observations: '观测值',
  period: '时期',
  periodLabel: '时期说明',
  isCumulative: '累计值',
  growthRate: '增速 %',
  growthQualifier: '增速限定',
  rankStatement: '排名表述',
  vintage: '数据版本',
  rank: '取舍',
  rankReason: '取舍理由',
  citations: '引文',
};

const yesNo: Record<string, string> = { true: '是', false: '否' };

const fieldOrder = Object.keys(fieldLabel);
const fieldRank = (key: string) => (fieldOrder.includes(key) ? fieldOrder.indexOf(key) : fieldOrder.length);

const enumLabels: Record<string, Record<string, string>> = {
  projectStatus: projectStatusLabel,
  qualifier: qualifierLabel,
  growthQualifier: qualifierLabel,
  vintage: vintageLabel,
  rank: statementRankLabel,
  featured: yesNo,
  isCumulative: yesNo,
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
};
const kindLabel = (path: string[]) =>
  (path[0] === 'milestones' ? milestoneKindLabel : recordKindLabel) as Record<string, string>;

type Citation = { sourceVersionId: string; exact: string; start: number; end: number };
const isCitation = (value: unknown): value is Citation =>
  typeof value === 'object' && value !== null && 'sourceVersionId' in value && 'exact' in value;

export type DiffRow = { path: string; label: string; before: string | null; after: string | null };

/** Every leaf of a record as a readable label → text map, in document order. */
export function flattenRecord(data: unknown, names: Map<string, string>): Map<string, { label: string; text: string }> {
  const out = new Map<string, { label: string; text: string }>();
  const visit = (value: unknown, path: string[], labels: string[]) => {
    const key = path[path.length - 1] ?? '';
    if (isCitation(value)) {
      const title = names.get(value.sourceVersionId) ?? '未知文件';
      out.set(path.join('.'), {
        label: labels.join(' › '),
        text: `“${value.exact}”（${title}，第 ${value.start + 1}–${value.end} 字）`,
      });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) =>
        visit(item, [...path, String(index)], [...labels.slice(0, -1), `${labels.at(-1) ?? ''} ${index + 1}`]),
      );
    } else if (value !== null && typeof value === 'object') {
      // Stored JSON (jsonb) does not keep key order, so fields are shown in the forms' order.
      const entries = Object.entries(value)
        .filter(([child]) => child !== 'id')
        .sort(([a], [b]) => fieldRank(a) - fieldRank(b));
      for (const [child, inner] of entries) visit(inner, [...path, child], [...labels, fieldLabel[child] ?? child]);
    } else if (value !== null && value !== undefined && value !== '') {
      const raw = String(value);
      const labelMap = key === 'kind' ? kindLabel(path) : enumLabels[key];
      out.set(path.join('.'), { label: labels.join(' › '), text: labelMap?.[raw] ?? names.get(raw) ?? raw });
    }
  };
  visit(data, [], []);
  return out;
}

/** The rows that differ between two versions (before null for a new record). */
export function diffRecords(before: unknown, after: unknown, names: Map<string, string>): DiffRow[] {
  const old = before === null ? new Map() : flattenRecord(before, names);
  const next = flattenRecord(after, names);
  const rows: DiffRow[] = [];
  for (const [path, entry] of next) {
    const previous = old.get(path);
    if (previous?.text !== entry.text)
      rows.push({ path, label: entry.label, before: previous?.text ?? null, after: entry.text });
  }
  for (const [path, entry] of old) {
    if (!next.has(path)) rows.push({ path, label: entry.label, before: entry.text, after: null });
  }
  return rows;
}

/** Every id-like string in a record, to look up names for. */
export function idsIn(data: unknown): string[] {
  const ids: string[] = [];
  JSON.stringify(data, (_key, value: unknown) => {
    if (typeof value === 'string' && isUuid(value)) ids.push(value);
    return value;
  });
  return ids;
}
