// The server keeps the responses readers get from filtered lists, search and the API (keyed by the
// whole URL, scripts/lib/public-front.ts). A change waiting for review never shows there; once a
// reviewer approves it in the browser, the next reader sees it everywhere at once.
import { expect, test } from '@playwright/test';
import { publishChange, submitForReview } from '../helpers/data-layer';
import { e2eDatabase, refreshPublicPages } from '../helpers/database';
import { seedActor, signedInAs } from '../helpers/session';

const db = e2eDatabase();
const run = Date.now().toString(36);

test.afterAll(async () => {
  await db.$disconnect();
});

test('an approved change is on the filtered list, in search and in the API at once; a draft never is', async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const project = await db.project.findUniqueOrThrow({ where: { slug: 'changan-wharf' }, include: { topic: true } });
  const published = await db.revision.findFirstOrThrow({
    where: { recordId: project.id },
    orderBy: { version: 'desc' },
  });
  const data = published.data as Record<string, unknown>;
  // Search marks the matched words, so pages are checked for the added part of the name.
  const added = `复核${run}`;
  const renamed = `${project.name}（${added}）`;
  const urls = [
    `/projects?topic=${project.topic.slug}`,
    `/search?q=${encodeURIComponent(project.name)}`,
    `/api/v1/projects?topic=${project.topic.slug}&limit=100`,
  ];
  // Readers have asked for each, so the server holds each.
  for (const url of urls) {
    expect(await (await request.get(url)).text(), url).toContain(project.name);
    expect((await request.get(url)).headers()['x-page-cache'], url).toBe('hit');
  }

  const editor = await seedActor(db, 'EDITOR', '缓存编辑');
  const { changeId } = submitForReview(editor, {
    recordType: 'PROJECT',
    recordId: project.id,
    baseVersion: project.version,
    changeId: null,
    changeVersion: null,
    data: { ...data, name: renamed },
  });
  try {
    // In review: neither the kept responses nor a fresh render (a new query string) show it.
    for (const url of [...urls, `${urls[0]}&fresh=${run}`]) {
      expect(await (await request.get(url)).text(), url).not.toContain(added);
    }

    const reviewer = await signedInAs(browser, db, 'REVIEWER', '缓存审核员');
    await reviewer.goto(`/admin/changes/${changeId}`);
    await reviewer.getByLabel('批准并发布').check();
    await reviewer.getByRole('button', { name: '提交审核决定' }).click();
    await expect(reviewer.locator('.badge', { hasText: '已发布' })).toBeVisible();

    for (const url of urls) {
      const response = await request.get(url);
      expect(response.headers()['x-page-cache'], url).toBe('miss');
      expect(await response.text(), url).toContain(added);
    }
  } finally {
    const current = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    if (current.name !== project.name) {
      publishChange(editor, await seedActor(db, 'REVIEWER', '缓存复原'), {
        recordType: 'PROJECT',
        recordId: project.id,
        baseVersion: current.version,
        changeId: null,
        changeVersion: null,
        data,
      });
      await refreshPublicPages(request);
    }
  }
});
