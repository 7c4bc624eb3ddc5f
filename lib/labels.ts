// Chinese labels for enum values shown to readers and editors.
import type {
  ChangeAction,
  ChangeStatus,
  RecordType,
  ReviewOutcome,
  AgreementDomain,
  AgreementKind,
  DiscrepancyAspect,
  MilestoneKind,
  OrganisationKind,
  ProjectKind,
  ProjectRole,
  ProjectStatus,
  Role,
  SourceKind,
  StatementRank,
  ValueBasis,
  ValueQualifier,
  Vintage,
} from '@/lib/generated/prisma/enums';

export const sourceKindLabel: Record<SourceKind, string> = {
  NEWS_ARTICLE: '新闻报道',
  YEARBOOK_ENTRY: '年鉴条目',
  GOVERNMENT_REPORT: '政府报告',
  STATISTICAL_BULLETIN: '统计公报',
  WEB_PAGE: '网页',
  PRESS_RELEASE: '新闻发布稿',
  OTHER: '其他',
};

/** The word a reader sees before the number: 超 300 天, 约 1600 亿元. */
export const qualifierWord: Record<ValueQualifier, string> = { EXACT: '', OVER: '超', ABOUT: '约', UNDER: '不足' };
export const qualifierLabel: Record<ValueQualifier, string> = {
  EXACT: '确数',
  OVER: '超过',
  ABOUT: '约数',
  UNDER: '不足',
};
export const basisLabel: Record<ValueBasis, string> = { REPORTED: '实际', EXPECTED: '预计', TARGET: '目标' };

export const projectKindLabel: Record<ProjectKind, string> = {
  INDUSTRIAL: '产业项目',
  INFRASTRUCTURE: '基础设施',
  URBAN_RENEWAL: '城市更新',
  ECOLOGY: '生态环保',
  COMMERCIAL: '商业商贸',
  PUBLIC_SERVICE: '公共服务',
  RESEARCH_PLATFORM: '研发平台',
  PROGRAMME: '活动与计划',
  OTHER: '其他',
};

export const projectStatusLabel: Record<ProjectStatus, string> = {
  PLANNED: '规划中',
  SIGNED: '已签约',
  STARTED: '已开工',
  UNDER_CONSTRUCTION: '在建',
  COMPLETED: '已建成',
  IN_USE: '已投用',
  UNKNOWN: '状态不详',
};

export const milestoneKindLabel: Record<MilestoneKind, string> = {
  PLANNED: '计划',
  SIGNED: '签约',
  STARTED: '开工',
  TOPPED_OUT: '封顶',
  COMPLETED: '建成',
  OPENED: '开放/投用',
  OTHER: '其他',
};

export const agreementKindLabel: Record<AgreementKind, string> = {
  FRAMEWORK: '框架协议',
  OVERALL: '总体合作协议',
  SPECIAL: '专项协议',
  FRIENDSHIP: '友好关系',
  MEMORANDUM: '备忘录',
  OTHER: '其他',
};

export const agreementDomainLabel: Record<AgreementDomain, string> = {
  COMPREHENSIVE: '综合',
  ECONOMY_TRADE: '经贸',
  INDUSTRY: '产业',
  FINANCE: '金融',
  EDUCATION: '教育',
  HEALTH: '卫生健康',
  CULTURE_TOURISM: '文化旅游',
  SCIENCE_TECHNOLOGY: '科技',
  HUMAN_RESOURCES: '人力资源',
  JUDICIAL: '司法',
  PARTY_BUILDING: '党建',
  GOVERNMENT_SERVICES: '政务服务',
  MARKET_REGULATION: '市场监管',
  ECOLOGY: '生态环境',
  TRANSPORT: '交通',
  AGRICULTURE: '农业农村',
  YOUTH_WOMEN: '青年与妇女',
  OTHER: '其他',
};

export const organisationKindLabel: Record<OrganisationKind, string> = {
  REGION: '行政区',
  GOVERNMENT_BODY: '政府部门',
  PARTY_BODY: '党的机关',
  JUDICIAL_BODY: '司法机关',
  LEGISLATIVE_BODY: '人大政协',
  MASS_ORGANISATION: '群团组织',
  ENTERPRISE: '企业',
  FINANCIAL_INSTITUTION: '金融机构',
  SCHOOL: '学校',
  RESEARCH_INSTITUTE: '科研机构',
  HOSPITAL: '医院',
  ZONE: '园区',
  PLACE: '地点',
  OTHER: '其他',
};

export const roleLabel: Record<Role, string> = {
  ADMIN: '管理员',
  EDITOR: '编辑',
  REVIEWER: '审核员',
};

export const projectRoleLabel: Record<ProjectRole, string> = {
  OWNER: '业主',
  INVESTOR: '投资方',
  DEVELOPER: '建设/研发方',
  OPERATOR: '运营方',
  PARTNER: '合作方',
  OTHER: '其他',
};

export const changeStatusLabel: Record<ChangeStatus, string> = {
  DRAFT: '草稿',
  IN_REVIEW: '待审核',
  CHANGES_REQUESTED: '退回修改',
  PUBLISHED: '已发布',
  REJECTED: '已拒绝',
  DISCARDED: '已放弃',
};

export const changeActionLabel: Record<ChangeAction, string> = {
  CREATE: '新建',
  UPDATE: '修改',
  DELETE: '删除',
  RESTORE: '恢复',
};

export const recordTypeLabel: Record<RecordType, string> = {
  TOPIC: '专题',
  ORGANISATION: '机构与地点',
  METRIC: '指标',
  PROJECT: '项目',
  AGREEMENT: '合作协议',
  SOURCE_DOCUMENT: '原始文件',
};

export const reviewOutcomeLabel: Record<ReviewOutcome, string> = {
  APPROVED: '批准并发布',
  CHANGES_REQUESTED: '退回修改',
  REJECTED: '拒绝',
};

export const discrepancyAspectLabel: Record<DiscrepancyAspect, string> = {
  STATUS: '进展',
  DATE: '日期',
  NAME: '名称',
  COUNT: '数量',
  SCOPE: '合作形式',
};

export const vintageLabel: Record<Vintage, string> = { PRELIMINARY: '初步数', REVISED: '修订数', FINAL: '最终数' };

export const statementRankLabel: Record<StatementRank, string> = {
  PREFERRED: '首选',
  NORMAL: '一般',
  DEPRECATED: '弃用',
};

/** What each audit action means, for the audit log; an unknown code is shown as it is. */
export const auditActionLabel: Record<string, string> = {
  sign_in: '登录',
  'sign_in.failed': '登录失败',
  sign_out: '退出登录',
  'sign_out.everywhere': '退出所有设备',
  'sign_in.throttled': '登录被限流',
  'access.refused': '越权操作被拒绝',
  'change.create': '新建修改',
  'change.update': '编辑修改',
  'change.create_delete': '申请删除',
  'change.create_restore': '申请恢复',
  'change.submit': '提交审核',
  'change.discard': '放弃修改',
  'change.rebase': '基于新版本重做',
  'change.comment': '评论',
  'change.approve': '批准',
  'change.reject': '拒绝',
  'change.request_changes': '退回修改',
  'record.publish': '发布',
  'statement.set_aside': '提议搁置语句',
  'statement.set_aside_confirm': '确认搁置语句',
  'statement.set_aside_reject': '驳回搁置语句',
  'seed.import': '导入种子数据',
  'source.import': '导入原始文件',
  'source.new_version': '导入原始文件新版本',
  'user.create': '创建用户',
  'user.role_change': '更改角色',
  'user.activate': '启用用户',
  'user.deactivate': '停用用户',
  'user.password_reset': '重置密码',
  'user.password_change': '修改密码',
  'user.password_change_forced': '修改临时密码',
  'user.totp_enabled': '启用两步验证',
  'user.totp_reset': '重置两步验证',
};
