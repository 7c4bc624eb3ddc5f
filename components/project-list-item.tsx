import Link from 'next/link';
import { CitationMarkers } from '@/components/citation-marker';
import { formatFigure } from '@/lib/format/value';
import { projectKindLabel, projectStatusLabel } from '@/lib/labels';
import type { ProjectListItemData } from '@/lib/records/project/public';

export function ProjectListItem({ project, numbers }: { project: ProjectListItemData; numbers: Map<string, number> }) {
  return (
    <li>
      <Link href={`/projects/${project.slug}`}>{project.name}</Link>
      <CitationMarkers citations={project.citations} numbers={numbers} />
      <span className="record-list__meta">
        {projectKindLabel[project.kind]} · {projectStatusLabel[project.projectStatus]}
        {project.investmentAmount !== null &&
          ` · 投资${formatFigure({ value: project.investmentAmount, unit: project.investmentUnit ?? '', qualifier: project.investmentQualifier })}`}
      </span>
    </li>
  );
}
