// The references a measured path is compared with: its own response bytes, saved once, served by
// nginx and by a plain node:http server (scripts/lib/file-server.mjs), each pinned to the server
// core like the app. Nothing of this lives in app/: the product serves no benchmark fixtures.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startFileServer, type Site } from '../../scripts/lib/site';
import { pinServer } from './cpu';
import { loadRun, type LoadOptions, type LoadResult } from './load';
import { startNginx, type StaticServer } from './nginx';

export type ReferenceUrls = { nginx: string; node: string };

export type References = {
  /** Serves `body` from both references under `name`; returns their URLs. */
  serve: (name: string, body: Uint8Array | string, contentType: string) => Promise<ReferenceUrls>;
  stop: () => Promise<void>;
};

export async function startReferences(): Promise<References> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'cms-bench-references-'));
  let nginx: StaticServer;
  try {
    nginx = await startNginx(root);
    await pinServer(nginx.url);
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  const nodeServers: Site[] = [];
  return {
    serve: async (name, body, contentType) => {
      // nginx picks the content type by extension; the node:http server always says text/html.
      const file = `${name}.${contentType.includes('json') ? 'json' : contentType.includes('html') ? 'html' : 'txt'}`;
      await writeFile(path.join(root, file), body);
      const node = await startFileServer(path.join(root, file));
      nodeServers.push(node);
      await pinServer(node.url);
      return { nginx: `${nginx.url}/${file}`, node: node.url };
    },
    stop: async () => {
      for (const server of nodeServers) await server.stop();
      await nginx.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

export type Compared = { ours: LoadResult; nginx: LoadResult; node: LoadResult };

/** The same load run against our server and against both references, one after the other. */
export async function loadAgainstReferences(
  ours: string,
  references: ReferenceUrls,
  options: LoadOptions = {},
): Promise<Compared> {
  return {
    ours: await loadRun(ours, options),
    nginx: await loadRun(references.nginx, options),
    node: await loadRun(references.node, options),
  };
}
