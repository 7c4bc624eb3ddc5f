import type { Metadata } from 'next';
import Link from 'next/link';
import { DownloadLinks } from '@/components/download-links';
import { numberCitations } from '@/components/citation-marker';
import { ListFilters } from '@/components/list-filters';
import { Pagination, pageParam } from '@/components/pagination';
import { ProjectListItem } from '@/components/project-list-item';
import { projectStatusLabel } from '@/lib/labels';
import { withParam, type SearchParams } from '@/lib/public/list-params';
import { listProjects, parseProjectFilters, PROJECTS_PER_PAGE, projectStatuses } from '@/lib/records/project/public';
import { listTopics } from '@/lib/public/topics';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: '项目',
  description: '江北区重点项目、平台与活动，含投资额、进度与原文出处。',
  alternates: { canonical: '/projects' },
};

const sortLabels = { name: '名称', investment: '投资额', updated: '最近更新' } as const;

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const filters = parseProjectFilters(params);
  const page = pageParam(params.page);
  const [{ total, projects }, topics] = await Promise.all([listProjects(filters, page), listTopics()]);
  const numbers = numberCitations(projects.map((p) => p.citations));
  const current = { topic: filters.topic, status: filters.status, year: filters.year?.toString(), sort: filters.sort };
  const years = Array.from({ length: 2026 - 2015 + 1 }, (_, i) => String(2026 - i));
  return (
    <>
      <h1>项目</h1>
      <DownloadLinks path="/data/projects" />
      <ListFilters
        action="/projects"
        resultCount={total}
        selects={[
          {
            name: 'topic',
            label: '专题',
            value: filters.topic,
            options: topics.map((t) => ({ value: t.slug, label: t.nameZh })),
          },
          {
            name: 'status',
            label: '进度',
            value: filters.status,
            options: projectStatuses.map((s) => ({ value: s, label: projectStatusLabel[s] })),
          },
          {
            name: 'year',
            label: '年份',
            value: current.year,
            options: years.map((y) => ({ value: y, label: `${y}年` })),
          },
        ]}
      />
      <p className="sort-links">
        排序：
        {(Object.keys(sortLabels) as Array<keyof typeof sortLabels>).map((sort) => (
          <Link
            key={sort}
            href={withParam('/projects', current, 'sort', sort)}
            aria-current={filters.sort === sort ? 'true' : undefined}
          >
            {sortLabels[sort]}
          </Link>
        ))}
      </p>
      {projects.length === 0 ? (
        <p className="empty">没有符合条件的项目。</p>
      ) : (
        <ul className="record-list">
          {projects.map((project) => (
            <ProjectListItem key={project.slug} project={project} numbers={numbers} />
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        pages={Math.ceil(total / PROJECTS_PER_PAGE)}
        href={(p) => withParam('/projects', current, 'page', p === 1 ? undefined : String(p))}
      />
    </>
  );
}
