// Reads and validates the seed files. Every problem is reported with the file and the record it
// belongs to, all at once, so that an editor can fix a dataset in one pass.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { seedRecordsFileSchema, seedSourceSchema, seedTopicSchema, type SeedDataset } from './dataset-schema';
import { mergeRecordsFiles, type RecordsFile } from './merge-records';
import { SeedError } from './seed-error';

export const defaultSeedsDir = path.join(process.cwd(), 'seeds');

async function readList<S extends z.ZodType>(
  seedsDir: string,
  file: string,
  schema: S,
  problems: string[],
): Promise<Array<z.infer<S>>> {
  const filePath = path.join(seedsDir, file);
  if (!existsSync(filePath)) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(filePath, 'utf8'));
  } catch (error) {
    problems.push(`seeds/${file}: not valid JSON (${(error as Error).message})`);
    return [];
  }
  if (!Array.isArray(raw)) {
    problems.push(`seeds/${file}: must be a JSON array`);
    return [];
  }
  const items: Array<z.infer<S>> = [];
  raw.forEach((entry: unknown, index) => {
    const parsed = schema.safeParse(entry);
    if (parsed.success) {
      items.push(parsed.data);
      return;
    }
    const label = describeEntry(entry, index);
    for (const issue of parsed.error.issues) {
      problems.push(`seeds/${file} › ${label} › ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
    }
  });
  return items;
}

export function describeEntry(entry: unknown, index: number): string {
  if (entry && typeof entry === 'object' && 'slug' in entry && typeof entry.slug === 'string') {
    return `"${entry.slug}"`;
  }
  return `entry ${index + 1}`;
}

export async function readDataset(seedsDir = defaultSeedsDir): Promise<SeedDataset> {
  const problems: string[] = [];
  const [sources, topics, recordsFiles] = await Promise.all([
    readList(seedsDir, 'sources.json', seedSourceSchema, problems),
    readList(seedsDir, 'topics.json', seedTopicSchema, problems),
    readRecordsFiles(seedsDir, problems),
  ]);
  const records = mergeRecordsFiles(recordsFiles, problems);
  const withText = await Promise.all(
    sources.map(async (source) => {
      const textPath = path.join(seedsDir, 'sources', source.file);
      if (!existsSync(textPath)) {
        problems.push(`seeds/sources.json › "${source.slug}": file seeds/sources/${source.file} does not exist`);
        return { ...source, text: '' };
      }
      // Read as bytes and decode strictly: the stored text must be the file, byte for byte.
      const bytes = await readFile(textPath);
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      return { ...source, text };
    }),
  );
  if (problems.length > 0) throw new SeedError(problems);
  return { sources: withText, topics, ...records };
}

/** Every seeds/records/*.json, in name order. */
async function readRecordsFiles(seedsDir: string, problems: string[]): Promise<RecordsFile[]> {
  const dir = path.join(seedsDir, 'records');
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  const files: RecordsFile[] = [];
  for (const name of names) {
    const file = `seeds/records/${name}`;
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(path.join(dir, name), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const parsed = seedRecordsFileSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${file} › ${describePath(raw, issue.path)}: ${issue.message}`);
      }
      continue;
    }
    files.push({ file, records: parsed.data });
  }
  return files;
}

/** metrics.3.observations.0.value → metric "gdp" › observations.0.value */
function describePath(raw: unknown, issuePath: PropertyKey[]): string {
  const [list, index, ...rest] = issuePath;
  const entry =
    typeof list === 'string' && typeof index === 'number' && raw && typeof raw === 'object'
      ? ((raw as Record<string, unknown[]>)[list]?.[index] as unknown)
      : undefined;
  if (entry === undefined) return issuePath.map(String).join('.') || '(file)';
  const kind = String(list).replace(/s$/, '');
  return `${kind} ${describeEntry(entry, index as number)}${rest.length ? ` › ${rest.map(String).join('.')}` : ''}`;
}
