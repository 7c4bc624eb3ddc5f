// Drafts a form opens with when an editor starts from a quote: the fact desk's prefill turned into
// each record kind's form data, with the quote as its first citation. Rules only; the editor checks
// every field, and the normal validation and review apply when the draft is saved.
import { pinyin } from 'pinyin-pro';
import { parsePartialDate } from '@/lib/dates/partial-date';
import { parsePeriod } from '@/lib/dates/period';
import type {
  AgreementDomain,
  AgreementKind,
  MilestoneKind,
  OrganisationKind,
  ProjectKind,
  ProjectStatus,
  ValueBasis,
} from '@/lib/generated/prisma/enums';
import { emptyAgreement, type AgreementDraft } from '@/lib/records/agreement/schema';
import type { CitationInput } from '@/lib/records/fields';
import { emptyObservation, type ObservationDraft } from '@/lib/records/metric/schema';
import { emptyOrganisation, type OrganisationDraft } from '@/lib/records/organisation/schema';
import { emptyProject, type ProjectDraft } from '@/lib/records/project/schema';
import type { QuotePrefill } from './prefill';
import { normalizeName } from './statements';

/** The first rule whose words occur in the text decides; `fallback` when none does. */
function byWords<T>(text: string, rules: ReadonlyArray<[RegExp, T]>, fallback: T): T {
  return rules.find(([words]) => words.test(text))?.[1] ?? fallback;
}

/** A readable address name from a Chinese name: 南洋商业银行 → nanyang-shangye-yinhang. */
export function slugFromName(name: string): string {
  const words = pinyin(normalizeName(name), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((word) => word.toLowerCase().replace(/[^a-z0-9]+/gu, '-'))
    .join('-')
    .replace(/-+/gu, '-')
    .replace(/^-|-$/gu, '');
  const cut = words.length <= 80 ? words : words.slice(0, 80).replace(/-[^-]*$/u, '');
  return cut === '' ? 'record' : cut;
}

export function organisationKindOf(name: string): OrganisationKind {
  return byWords<OrganisationKind>(
    name,
    [
      [/(银行|保险|人寿|证券|基金|信托|理财|金融)/u, 'FINANCIAL_INSTITUTION'],
      [/(法庭|法院|检察院)/u, 'JUDICIAL_BODY'],
      [/(学校|中学|小学|幼儿园|大学|学院)$/u, 'SCHOOL'],
      [/(医院|卫生院)$/u, 'HOSPITAL'],
      [/(研究院|研究所|实验室)$/u, 'RESEARCH_INSTITUTE'],
      [/(公司|集团|企业)$/u, 'ENTERPRISE'],
      [/(园区|工业园|产业园|示范区|试验区|保税区|港区|组团)$/u, 'ZONE'],
      [/(码头|公园|街区|广场|商圈|片区|街)$/u, 'PLACE'],
      [/(局|委员会|办公室|管委会)$/u, 'GOVERNMENT_BODY'],
    ],
    'OTHER',
  );
}

export function projectKindOf(name: string): ProjectKind {
  return byWords<ProjectKind>(
    name,
    [
      [/(峰会|论坛|博览会|节|大讲堂|行动|计划|试点|机制|活动|展)/u, 'PROGRAMME'],
      [/(码头|公园|湿地|生态|污水|治理|修复)/u, 'ECOLOGY'],
      [/(旧址|修缮|改造|小区|社区|街区|更新)/u, 'URBAN_RENEWAL'],
      [/(大桥|隧道|道路|步道|枢纽|港|通道|管网)/u, 'INFRASTRUCTURE'],
      [/(实验室|研究院|创新中心|研发)/u, 'RESEARCH_PLATFORM'],
      [/(学校|医院|图书馆|博物馆|美术馆|文化馆|体育馆)/u, 'PUBLIC_SERVICE'],
      [/(商业|购物|商圈|消费|街)/u, 'COMMERCIAL'],
      [/(产业园|基地|园区|工厂|制造)/u, 'INDUSTRIAL'],
    ],
    'OTHER',
  );
}

/** What the quote says happened to a project, strongest word first (建成 outranks 开工). */
export function projectStatusOf(quote: string): ProjectStatus {
  return byWords<ProjectStatus>(
    quote,
    [
      [/(关停|关闭|取缔|建成|完成|竣工)/u, 'COMPLETED'],
      [/(投用|投入运营|开放|开街|开业|运营|落户)/u, 'IN_USE'],
      [/(开工|动工)/u, 'STARTED'],
      [/(在建|加快推进|加紧建设)/u, 'UNDER_CONSTRUCTION'],
      [/(签约|签订|签署)/u, 'SIGNED'],
      [/(规划|拟|力争|计划|将)/u, 'PLANNED'],
    ],
    'UNKNOWN',
  );
}

const MILESTONE_OF: Partial<Record<ProjectStatus, MilestoneKind>> = {
  COMPLETED: 'COMPLETED',
  IN_USE: 'OPENED',
  STARTED: 'STARTED',
  SIGNED: 'SIGNED',
  PLANNED: 'PLANNED',
};

function basisOf(quote: string): ValueBasis {
  return byWords<ValueBasis>(
    quote,
    [
      [/预计/u, 'EXPECTED'],
      [/(力争|目标|到20\d\d年)/u, 'TARGET'],
    ],
    'REPORTED',
  );
}

/** The nearest date the context gives, as a partial date (2022-12-26, 2020-10, 2020), or ''. */
function dateOf(prefill: QuotePrefill): string {
  return prefill.periods.map((period) => period.denotes).find((denotes) => parsePartialDate(denotes) !== null) ?? '';
}

export function organisationFromQuote(name: string, citation: CitationInput): OrganisationDraft {
  return {
    ...emptyOrganisation(),
    slug: slugFromName(name),
    name: normalizeName(name),
    kind: organisationKindOf(name),
    citations: [citation],
  };
}

export function projectFromQuote(
  name: string,
  prefill: QuotePrefill,
  citation: CitationInput,
  quote: string,
  topicId = '',
): ProjectDraft {
  const status = projectStatusOf(quote);
  const date = dateOf(prefill);
  const milestoneKind = MILESTONE_OF[status];
  const money = prefill.figures.find((figure) => figure.unit.endsWith('元'));
  return {
    ...emptyProject(),
    slug: slugFromName(name),
    name: normalizeName(name),
    kind: projectKindOf(name),
    projectStatus: status,
    topicId,
    investment: money ? { amount: money.value, unit: money.unit, qualifier: money.qualifier } : null,
    milestones:
      milestoneKind && date
        ? [{ kind: milestoneKind, date, basis: basisOf(quote), note: '', citations: [citation], periodReason: '' }]
        : [],
    citations: [citation],
  };
}

export type RegionChoice = { id: string; names: string[] };

/**
 * The other region a quote names: the district's own names are taken out first (重庆市江北区 does
 * not name 重庆市), and the longest name wins (成都市青羊区 over 成都市).
 */
function partnerRegion(quote: string, context: { jiangbeiId: string | null; regions: RegionChoice[] }) {
  const own = context.regions.find((region) => region.id === context.jiangbeiId)?.names ?? [];
  const rest = [...own].sort((a, b) => b.length - a.length).reduce((text, name) => text.split(name).join('｜'), quote);
  let best: { region: RegionChoice; length: number } | null = null;
  for (const region of context.regions) {
    if (region.id === context.jiangbeiId) continue;
    for (const name of region.names) {
      if (name.length >= 2 && rest.includes(name) && name.length > (best?.length ?? 0))
        best = { region, length: name.length };
    }
  }
  return best?.region;
}

export function agreementFromQuote(
  prefill: QuotePrefill,
  citation: CitationInput,
  quote: string,
  context: { jiangbeiId: string | null; regions: RegionChoice[] },
): AgreementDraft {
  const titled =
    prefill.names.find((name) => name.rule === 'title') ?? prefill.names.find((name) => name.text.endsWith('协议'));
  const title = titled ? normalizeName(titled.text) : '';
  const partner = partnerRegion(quote, context);
  const kind = byWords<AgreementKind>(
    title,
    [
      [/框架/u, 'FRAMEWORK'],
      [/备忘录/u, 'MEMORANDUM'],
      [/友好/u, 'FRIENDSHIP'],
      [/专项/u, 'SPECIAL'],
      [/总体/u, 'OVERALL'],
    ],
    'OTHER',
  );
  const domain = byWords<AgreementDomain>(
    title,
    [
      [/教育/u, 'EDUCATION'],
      [/金融/u, 'FINANCE'],
      [/(医|卫生|健康)/u, 'HEALTH'],
      [/(文化|旅游)/u, 'CULTURE_TOURISM'],
      [/科技/u, 'SCIENCE_TECHNOLOGY'],
      [/(人才|人力|青年)/u, 'HUMAN_RESOURCES'],
      [/(司法|法院|检察|政法)/u, 'JUDICIAL'],
      [/产业/u, 'INDUSTRY'],
      [/(经贸|贸易)/u, 'ECONOMY_TRADE'],
    ],
    'COMPREHENSIVE',
  );
  const empty = emptyAgreement();
  return {
    ...empty,
    slug: title ? slugFromName(title) : '',
    title,
    kind,
    domain,
    partnerRegionId: partner?.id ?? null,
    signedOn: dateOf(prefill),
    parties: [
      { ...empty.parties[0]!, organisationId: context.jiangbeiId ?? '' },
      { ...empty.parties[1]!, organisationId: partner?.id ?? '' },
    ],
    citations: [citation],
  };
}

export function observationFromQuote(prefill: QuotePrefill, citation: CitationInput, quote: string): ObservationDraft {
  const figure = prefill.figures[0];
  const period = prefill.periods.find((each) => parsePeriod(each.denotes) !== null);
  return {
    ...emptyObservation(),
    period: period?.denotes ?? '',
    periodLabel: period ? normalizeName(period.text) : '',
    value: figure?.value ?? '',
    qualifier: figure?.qualifier ?? 'EXACT',
    basis: basisOf(quote),
    growthRate: prefill.growthRate?.value ?? '',
    growthQualifier: prefill.growthRate?.qualifier ?? 'EXACT',
    rankStatement: prefill.rank?.statement ?? '',
    citations: [citation],
  };
}
