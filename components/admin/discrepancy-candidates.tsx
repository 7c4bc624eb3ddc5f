// The disagreement candidates the fact desk finds for a document: the same metric and period with
// different values, and a project whose documents report a later stage than its record shows; a
// stage candidate links to the project's 来源分歧 section, where the disagreement is recorded.
import Link from 'next/link';
import { basisLabel, projectStatusLabel } from '@/lib/labels';
import type { ProjectStatus, ValueBasis } from '@/lib/generated/prisma/enums';

type Props = {
  values: Array<{
    metric: { id: string; slug: string; nameZh: string };
    periodLabel: string;
    observations: Array<{ id: string; value: string; basis: string }>;
    resolved: boolean;
  }>;
  stages: Array<{
    project: { id: string; name: string; projectStatus: ProjectStatus };
    stages: Array<{ status: ProjectStatus }>;
    resolved: boolean;
  }>;
};

export function DiscrepancyCandidates({ values, stages }: Props) {
  const open = values.filter((v) => !v.resolved).length + stages.filter((s) => !s.resolved).length;
  return (
    <section aria-labelledby="candidates-title" className="desk-candidates">
      <h2 id="candidates-title">
        差异候选（{values.length + stages.length} 项，待处理 {open} 项）
      </h2>
      {values.length + stages.length === 0 ? (
        <p className="empty">本文件的数字和项目进度与其他语句没有不一致之处。</p>
      ) : (
        <ul>
          {values.map((candidate) => (
            <li key={`${candidate.metric.slug}-${candidate.periodLabel}`}>
              <span className={`badge desk-state--${candidate.resolved ? 'cited' : 'open'}`}>
                {candidate.resolved ? '已登记差异' : '待处理'}
              </span>{' '}
              <Link href={`/admin/metrics/${candidate.metric.id}/edit`}>{candidate.metric.nameZh}</Link>{' '}
              {candidate.periodLabel}：
              {candidate.observations
                .map((o) => `${o.value}${o.basis === 'REPORTED' ? '' : `（${basisLabel[o.basis as ValueBasis]}）`}`)
                .join(' 与 ')}
              {!candidate.resolved && (
                <>
                  ：请
                  <Link
                    href={`/admin/metrics/${candidate.metric.id}/edit?group=${candidate.observations.map((o) => o.id).join(',')}#value-discrepancies`}
                  >
                    登记数值分歧
                  </Link>
                  并说明取舍
                </>
              )}
            </li>
          ))}
          {stages.map((candidate) => (
            <li key={candidate.project.id}>
              <span className={`badge desk-state--${candidate.resolved ? 'cited' : 'open'}`}>
                {candidate.resolved ? '记录已反映' : '待处理'}
              </span>{' '}
              <Link href={`/admin/projects/${candidate.project.id}/edit`}>{candidate.project.name}</Link>
              ：各文件所述进度为
              {candidate.stages.map((stage) => projectStatusLabel[stage.status]).join('、')}，记录为
              {projectStatusLabel[candidate.project.projectStatus]}
              {!candidate.resolved && (
                <>
                  ：请更新进度或补充节点，或在项目中
                  <Link href={`/admin/projects/${candidate.project.id}/edit#discrepancies`}>登记来源分歧</Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
