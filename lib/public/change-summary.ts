// What one published revision changed, in a few lines of Chinese for /changes, its Atom feed and
// the home page: "新增项目：…", "地区生产总值 2020年：1300亿元 → 1325亿元", "新增 1 个数值", "等 5 处改动".
// It reads the same diff as the record's public history (facts matched by id), so both agree.
import type { ChangeAction, FactType, RecordType, ValueBasis, ValueQualifier } from '@/lib/generated/prisma/enums';
import { formatDecimal, formatFigure } from '@/lib/format/value';
import { recordTypeLabel } from '@/lib/labels';
import { factsById, type Fact } from '@/lib/records/facts';
import { changedRows, diffRecords, shorten, type DiffRow } from '@/lib/records/record-diff';

export type SummarizedRevision = {
  recordType: RecordType;
  /** The publishing change's action; null for a revision written by the seed import. */
  action: ChangeAction | null;
  version: number;
  data: unknown;
  /** The record's previous published revision; null when there is none. */
  previous: unknown;
  /** The record's current name, for a revision whose data does not name it. */
  label?: string;
};

export type ChangeSummary = {
  verb: '新增' | '更新' | '撤下' | '恢复';
  /** e.g. 更新指标：地区生产总值 */
  title: string;
  /** At most SUMMARY_LINES lines of what changed, then "等 N 处改动" when there was more. */
  lines: string[];
};

export const SUMMARY_LINES = 3;

type Data = Record<string, unknown>;
const isObject = (value: unknown): value is Data =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : '');

// Citations are counted on a line of their own (see changeLines).
const factWord: Record<Exclude<FactType, 'CITATION'>, string> = {
  OBSERVATION: '个数值',
  MEASURE: '项规模数据',
  MILESTONE: '个进展节点',
  PARTY: '个参与方',
};
const factOrder = Object.keys(factWord) as Array<keyof typeof factWord>;

/** A figure of a fact in the form's shape: value (or amount), qualifier, basis, cumulative. */
const figureOf = (fact: Data, unit: string) =>
  formatFigure({
    value: text(fact.value) || text(fact.amount),
    unit,
    qualifier: text(fact.qualifier) as ValueQualifier,
    basis: text(fact.basis) as ValueBasis,
    isCumulative: fact.isCumulative === true,
  });

/** An observation as readers see it: "2020年 1325亿元". */
const observationFigure = (observation: Data, unit: string) =>
  `${text(observation.periodLabel) || text(observation.period)} ${figureOf(observation, unit)}`;

/** The figure a new record is known by, if it has one. */
function keyFigure(recordType: RecordType, data: Data): string | null {
  switch (recordType) {
    case 'METRIC': {
      const observations = (Array.isArray(data.observations) ? data.observations : [])
        .filter(isObject)
        .filter((o) => o.rank !== 'DEPRECATED');
      // The latest period: periods are written year first (2020, 2020-H1, 2016/2020).
      const latest = observations.sort((a, b) => text(a.period).localeCompare(text(b.period))).at(-1);
      return latest ? observationFigure(latest, text(data.unit)) : null;
    }
    case 'PROJECT': {
      const investment = data.investment;
      if (isObject(investment)) return `投资额 ${figureOf(investment, text(investment.unit))}`;
      const measure = (Array.isArray(data.measures) ? data.measures : []).find(isObject);
      return measure ? `${text(measure.label)} ${figureOf(measure, text(measure.unit))}` : null;
    }
    case 'AGREEMENT':
      return text(data.signedOn) ? `签署于 ${text(data.signedOn)}` : null;
    default:
      return null;
  }
}

/** The object holding the field at `path` (e.g. observations.2.value → the observation). */
function parentAt(data: unknown, path: string): Data | null {
  let value = data;
  for (const step of path.split('.').slice(0, -1))
    value = isObject(value) || Array.isArray(value) ? (value as Data)[step] : null;
  return isObject(value) ? value : null;
}

/** One changed field as "label：old → new", a figure with its unit, an observation by its metric's name. */
function fieldLine(row: DiffRow, data: { before: unknown; after: unknown }, recordName: string, isMetric: boolean) {
  const field = row.path.split('.').at(-1) ?? '';
  const figure = field === 'value' || field === 'amount';
  let label = figure ? row.label.split(' › ').slice(0, -1).join(' › ') || row.label : row.label;
  if (isMetric && label.startsWith('观测值 ')) label = `${recordName} ${label.slice('观测值 '.length)}`;
  const side = row.kind === 'removed' ? data.before : data.after;
  const parent = figure ? parentAt(side, row.path) : null;
  const unit = text(parent?.unit) || (isMetric && isObject(side) ? text(side.unit) : '');
  const show = (value: string | null) =>
    value === null ? '—' : figure ? `${formatDecimal(value)}${unit}` : shorten(value, 30);
  return `${label}：${show(row.before)} → ${show(row.after)}`;
}

/** Facts new in `after` (or gone from it) whose owner was already there: what a reader counts as added. */
function outermostNew(after: Map<string, Fact>, before: Map<string, Fact>): Fact[] {
  return [...after.values()].filter((fact) => !before.has(fact.id) && (!fact.ownerId || before.has(fact.ownerId)));
}

function changeLines(revision: SummarizedRevision, names: Map<string, string>, recordName: string): string[] {
  const isMetric = revision.recordType === 'METRIC';
  const beforeFacts = factsById(revision.previous);
  const afterFacts = factsById(revision.data);
  const added = outermostNew(afterFacts, beforeFacts);
  const removed = outermostNew(beforeFacts, afterFacts);
  // Rows inside an added or removed fact are told by the count of facts, not field by field.
  const whole = [...afterFacts.keys()].filter((id) => !beforeFacts.has(id));
  whole.push(...[...beforeFacts.keys()].filter((id) => !afterFacts.has(id)));
  const rows = changedRows(diffRecords(revision.previous, revision.data, names)).filter(
    (row) => !whole.some((id) => row.key.includes(`[${id}]`)),
  );
  const isCitation = (row: DiffRow) => /(^|\.)citations\[[^\]]+\]$/.test(row.key);
  const sides = { before: revision.previous, after: revision.data };
  const lines = rows.filter((row) => !isCitation(row)).map((row) => fieldLine(row, sides, recordName, isMetric));

  const unit = isObject(revision.data) ? text(revision.data.unit) : '';
  for (const [verb, facts] of [
    ['新增', added],
    ['撤下', removed],
  ] as const) {
    for (const type of factOrder) {
      const ofType = facts.filter((fact) => fact.type === type);
      if (ofType.length === 0) continue;
      // New or withdrawn values are worth naming: they are what readers of a metric look for.
      const named =
        type === 'OBSERVATION'
          ? `：${ofType
              .slice(0, 2)
              .map((fact) => observationFigure(fact.value, unit))
              .join('、')}${ofType.length > 2 ? '等' : ''}`
          : '';
      lines.push(`${verb} ${ofType.length} ${factWord[type]}${named}`);
    }
  }
  // A corrected value usually comes with its quote replaced: one line for all the evidence.
  const citations = [
    ['新增', added.filter((fact) => fact.type === 'CITATION').length],
    ['撤下', removed.filter((fact) => fact.type === 'CITATION').length],
    ['更新', rows.filter(isCitation).length],
  ].flatMap(([verb, count]) => (count ? [`${verb} ${count} 条`] : []));
  if (citations.length > 0) lines.push(`引文：${citations.join('，')}`);

  return lines.length > SUMMARY_LINES ? [...lines.slice(0, SUMMARY_LINES), `等 ${lines.length} 处改动`] : lines;
}

/** What a published revision changed, compared with the record's previous revision. */
export function summarizeChange(revision: SummarizedRevision, names: Map<string, string>): ChangeSummary {
  const data = isObject(revision.data) ? revision.data : {};
  const name = text(data.nameZh) || text(data.name) || text(data.title) || (revision.label ?? '');
  const kind = recordTypeLabel[revision.recordType];
  const summary = (verb: ChangeSummary['verb'], lines: string[]): ChangeSummary => ({
    verb,
    title: `${verb}${kind}：${name}`,
    lines,
  });
  if (revision.action === 'DELETE') return summary('撤下', []);
  if (revision.action === 'RESTORE') return summary('恢复', []);
  if (revision.action === 'CREATE' || (revision.previous === null && revision.version === 1)) {
    const figure = keyFigure(revision.recordType, data);
    return summary('新增', figure ? [figure] : []);
  }
  if (revision.previous === null) return summary('更新', ['上一版本未存档，无法列出具体改动']);
  return summary('更新', changeLines(revision, names, name));
}
