// Varnish in front of the site, run with the configuration the README gives
// (deploy/varnish/default.vcl, only its backend port changed): it holds public pages, filtered
// lists and API resources by their Cache-Control, passes signed-in users through, and drops
// everything when the site purges it on publish (FRONTEND_CACHE_URLS).
import { expect, test } from '@playwright/test';
import { findFreePort } from '../../scripts/lib/embedded-postgres';
import { refreshPages, startSite, type Site } from '../../scripts/lib/site';
import { startVarnish, type Varnish } from '../../scripts/lib/varnish';
import { e2eDatabase } from '../helpers/database';

const db = e2eDatabase();

test.afterAll(async () => {
  await db.$disconnect();
});

test('a publish purges Varnish in front of the site: the next reader gets the fresh page within a second', async () => {
  test.setTimeout(180_000);
  const varnishPort = await findFreePort(0);
  let site: Site | undefined;
  let varnish: Varnish | undefined;
  const topic = await db.topic.findUniqueOrThrow({ where: { slug: 'finance' } });
  const edited = `${topic.description}（经缓存代理）`;
  try {
    site = await startSite('site behind Varnish', process.env.E2E_DATABASE_URL!, {
      FRONTEND_CACHE_URLS: `http://127.0.0.1:${varnishPort}/`,
      TRUSTED_PROXY_HOPS: '1',
    });
    varnish = await startVarnish(varnishPort, Number(new URL(site.url).port));
    const viaVarnish = async (url: string, headers: Record<string, string> = {}) => {
      const response = await fetch(`${varnish!.url}${url}`, { headers });
      return { cache: response.headers.get('x-cache'), body: await response.text() };
    };
    const lead = async () => /<p class="lead">([^<]*)<\/p>/.exec((await viaVarnish('/topics/finance')).body)?.[1];

    // Pages, filtered lists and API resources are held: the second reader is served by Varnish.
    for (const url of ['/topics/finance', '/projects?topic=finance&page=1', '/api/v1/metrics/gdp']) {
      expect((await viaVarnish(url)).cache, url).toBe('MISS');
      expect((await viaVarnish(url)).cache, url).toBe('HIT');
    }
    // Signed-in users always reach the site.
    const signedIn = { cookie: 'next-auth.session-token=not-a-session' };
    await viaVarnish('/topics/finance', signedIn);
    expect((await viaVarnish('/topics/finance', signedIn)).cache).toBe('MISS');

    await db.topic.update({ where: { id: topic.id }, data: { description: edited } });
    expect(await lead()).toBe(topic.description); // held: neither the site nor the database is asked
    const published = Date.now();
    await refreshPages(site); // what approving a change does after its commit
    await expect.poll(lead, { timeout: 1_000, intervals: [50] }).toBe(edited);
    console.log(`Varnish served the publish after ${Date.now() - published} ms`);
  } finally {
    await db.topic.update({ where: { id: topic.id }, data: { description: topic.description } });
    if (site) await refreshPages(site);
    await varnish?.stop();
    await site?.stop();
  }
});
