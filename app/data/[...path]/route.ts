// Open data downloads: /data/metrics/{slug}.csv|json, /data/topics/{slug}.csv|json,
// /data/projects.csv|json, /data/agreements.csv|json. Published data only, with citations.
import { toCsv } from '@/lib/format/csv';
import { agreementsDataset, metricDataset, projectsDataset, topicDataset, type Dataset } from '@/lib/public/downloads';
import { PUBLIC_CACHE_CONTROL } from '@/lib/http/cache-control';
import { isSlug } from '@/lib/ids/slug';

export const dynamic = 'force-dynamic';

async function datasetFor(path: string[]): Promise<Dataset | null> {
  if (path.length === 1 && path[0] === 'projects') return projectsDataset();
  if (path.length === 1 && path[0] === 'agreements') return agreementsDataset();
  if (path.length === 2 && isSlug(path[1]!) && path[1]!.length <= 100) {
    if (path[0] === 'metrics') return metricDataset(path[1]!);
    if (path[0] === 'topics') return topicDataset(path[1]!);
  }
  return null;
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  const last = path.at(-1) ?? '';
  const match = /^(.+)\.(csv|json)$/.exec(last);
  const dataset = match ? await datasetFor([...path.slice(0, -1), match[1]!]) : null;
  if (!match || !dataset) {
    return Response.json(
      {
        error:
          '没有这份数据。可下载：/data/metrics/{指标}.csv、/data/topics/{专题}.csv、/data/projects.csv、/data/agreements.csv（也可用 .json）',
      },
      { status: 404 },
    );
  }
  const headers = {
    'Cache-Control': PUBLIC_CACHE_CONTROL,
    'Content-Disposition': `attachment; filename="${dataset.name}.${match[2]}"`,
  };
  if (match[2] === 'csv') {
    return new Response(toCsv(dataset.columns, dataset.rows), {
      headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' },
    });
  }
  return Response.json(
    { dataset: dataset.name, columns: dataset.columns, rows: dataset.rows, generatedAt: new Date().toISOString() },
    { headers },
  );
}
