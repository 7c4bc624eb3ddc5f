// seeds/coverage-ignore/*.json: statements left out of the dataset on purpose, each with a reason.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { anchorQuote, type TextSpan } from '@/lib/citations';

const ignoreFileSchema = z.strictObject({
  source: z.string(),
  entries: z.array(
    z.strictObject({
      quote: z.string().min(1),
      reason: z.string().min(3),
      start: z.number().int().nonnegative().optional(),
      prefix: z.string().optional(),
    }),
  ),
});

/** Per source slug: the spans set aside, each with its reason. */
export type IgnoredSpans = Map<string, Array<TextSpan & { reason: string }>>;

export async function readCoverageIgnore(
  seedsDir: string,
  sourceTexts: Map<string, string>,
  problems: string[],
): Promise<IgnoredSpans> {
  const dir = path.join(seedsDir, 'coverage-ignore');
  const spans: IgnoredSpans = new Map();
  if (!existsSync(dir)) return spans;
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
    const file = `seeds/coverage-ignore/${name}`;
    const parsed = ignoreFileSchema.safeParse(JSON.parse(await readFile(path.join(dir, name), 'utf8')));
    if (!parsed.success) {
      problems.push(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      continue;
    }
    const text = sourceTexts.get(parsed.data.source);
    if (text === undefined) {
      problems.push(`${file}: unknown source "${parsed.data.source}"`);
      continue;
    }
    const list = spans.get(parsed.data.source) ?? [];
    parsed.data.entries.forEach((entry, index) => {
      const located = anchorQuote(text, entry.quote, { start: entry.start, prefix: entry.prefix });
      if (located.ok) list.push({ start: located.anchor.start, end: located.anchor.end, reason: entry.reason });
      else problems.push(`${file} › entry ${index + 1}: ${located.message}`);
    });
    spans.set(parsed.data.source, list);
  }
  return spans;
}
