import { expect, test } from '@playwright/test';
import { createSourceDocument } from '@/lib/sources/create-source-document';
import { seedProject, seedTopic } from '@/tests/helpers/factories';
import { e2eDatabase, refreshPublicPages } from '../helpers/database';

const db = e2eDatabase();
const run = Date.now().toString(36);

test.afterAll(async () => {
  await db.$disconnect();
});

// Checklist item 17: markup in documents and record fields is shown as text; no script runs.
test('markup in a source text, a quote and a record name is shown as text, never executed', async ({
  page,
  request,
}) => {
  const payload = `<script>alert('x')</script><img src=x onerror="alert('y')"><a href="javascript:alert(1)">链接</a>`;
  const sourceSlug = `e2e-hostile-${run}`;
  await db.$transaction((tx) =>
    createSourceDocument(tx, {
      slug: sourceSlug,
      title: `恶意标题 <svg onload=alert(1)> ${run}`,
      kind: 'OTHER',
      fileName: 'hostile.txt',
      text: `第一段：${payload}。\n\n第二段：投资${run}亿元。`,
      status: 'PUBLISHED',
    }),
  );
  const topic = await seedTopic(db, { slug: `e2e-xss-topic-${run}`, nameZh: `专题<b>${run}</b>` });
  await seedProject(db, {
    slug: `e2e-xss-${run}`,
    name: `项目 ${payload}`,
    topicId: topic.id,
    source: sourceSlug,
    quote: payload,
  });
  await refreshPublicPages(request);

  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  for (const path of [`/projects/e2e-xss-${run}`, `/topics/${topic.slug}`, `/sources/${sourceSlug}`, '/sources']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
  await page.goto(`/projects/e2e-xss-${run}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText("<script>alert('x')</script>");
  await page.goto(`/sources/${sourceSlug}`);
  await expect(page.locator('mark').first()).toContainText('<img src=x onerror=');
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
