import type { Metadata } from 'next';
import Link from 'next/link';
import { QuoteBlock } from '@/components/quote-block';
import { RecordDiscrepancies } from '@/components/record-discrepancies';
import { findNumberInQuote } from '@/lib/citations';
import { RecordUpdated } from '@/components/record-updated';
import { notFound } from 'next/navigation';
import { CitationMarkers, numberCitations } from '@/components/citation-marker';
import { Facts, type FactRow } from '@/components/facts';
import { formatPartialDateZh } from '@/lib/dates/partial-date';
import { formatFigure } from '@/lib/format/value';
import { milestoneKindLabel, projectKindLabel, projectStatusLabel } from '@/lib/labels';
import { getProjectPage } from '@/lib/records/project/public';

// Cached; every publish refreshes it (lib/cache/page-cache-handler.js).
export const revalidate = 3600;
// Rendered on first visit, not at build time.
export const generateStaticParams = () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await getProjectPage((await params).slug);
  if (!project) return { title: '页面不存在' };
  return {
    title: project.name,
    description:
      project.description ||
      `${project.name}：${projectKindLabel[project.kind]}，${projectStatusLabel[project.projectStatus]}。`,
    alternates: { canonical: `/projects/${project.slug}` },
    openGraph: { title: project.name, type: 'article' },
  };
}

export default async function ProjectPage({ params }: Props) {
  const project = await getProjectPage((await params).slug);
  if (!project) notFound();
  // A quote of the investment sits beside it; the others report the project and its progress.
  const investmentCitations = project.citations.filter(
    (c) =>
      project.investmentAmount !== null &&
      findNumberInQuote(c.exact, project.investmentAmount.toString(), project.investmentUnit ?? undefined).ok,
  );
  const statusCitations = project.citations.filter((c) => !investmentCitations.includes(c));
  const numbers = numberCitations([
    statusCitations,
    investmentCitations,
    ...project.measures.map((m) => m.citations),
    ...project.milestones.map((m) => m.citations),
  ]);
  return (
    <article>
      <nav aria-label="位置" className="breadcrumb">
        <Link href="/">首页</Link> / <Link href="/projects">项目</Link> / <span>{project.name}</span>
      </nav>
      <h1>{project.name}</h1>
      {project.aliases.length > 0 && <p className="project-aliases">又称 {project.aliases.join('、')}</p>}
      {project.description && <p className="lead">{project.description}</p>}
      <RecordUpdated
        updatedAt={project.updatedAt}
        href={`/projects/${project.slug}`}
        editHref={`/admin/projects/${project.id}/edit`}
      />
      <Facts
        rows={[
          ['类型', projectKindLabel[project.kind]],
          [
            '进度',
            <>
              {projectStatusLabel[project.projectStatus]}
              <CitationMarkers citations={statusCitations} numbers={numbers} />
            </>,
          ],
          [
            '专题',
            <Link key="topic" href={`/topics/${project.topic.slug}`}>
              {project.topic.nameZh}
            </Link>,
          ],
          project.location || project.place ? ['地点', project.location ?? project.place?.name] : null,
          project.investmentAmount !== null
            ? [
                '投资额',
                <>
                  {formatFigure({
                    value: project.investmentAmount,
                    unit: project.investmentUnit ?? '',
                    qualifier: project.investmentQualifier,
                  })}
                  <CitationMarkers citations={investmentCitations} numbers={numbers} />
                </>,
              ]
            : null,
          ...project.measures.map((measure): FactRow => [
            measure.label,
            <>
              {formatFigure(measure)}
              <CitationMarkers citations={measure.citations} numbers={numbers} />
            </>,
          ]),
          project.parties.length > 0 ? ['相关单位', project.parties.map((p) => p.organisation.name).join('、')] : null,
        ]}
      />
      {project.milestones.length > 0 && (
        <section aria-labelledby="milestones-title">
          <h2 id="milestones-title">进度</h2>
          <ol className="timeline">
            {project.milestones.map((milestone) => (
              <li key={milestone.id}>
                <time dateTime={milestone.date.toISOString().slice(0, 10)}>
                  {formatPartialDateZh({ date: milestone.date, precision: milestone.datePrecision })}
                </time>{' '}
                {milestoneKindLabel[milestone.kind]}
                {milestone.basis !== 'REPORTED' && '（计划）'}
                {milestone.note && `：${milestone.note}`}
                <CitationMarkers citations={milestone.citations} numbers={numbers} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {project.citations.length > 0 && (
        <section aria-labelledby="quotes-title">
          <h2 id="quotes-title">原文</h2>
          {project.citations.map((citation) => (
            <QuoteBlock key={citation.id} citation={citation} />
          ))}
        </section>
      )}
      <RecordDiscrepancies discrepancies={project.discrepancies} />
    </article>
  );
}
