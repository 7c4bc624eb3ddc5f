// nginx (Debian's /usr/sbin/nginx) serving the files of one folder: the bench's reference of what a
// web server does with the same bytes, started on a free port with a configuration of its own and
// no access log, run as a child of this process.
import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { findFreePort } from '../../scripts/lib/embedded-postgres';

export type StaticServer = { url: string; stop: () => Promise<void> };

export const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';

function configuration(prefix: string, root: string, port: number): string {
  const temp = path.join(prefix, 'temp');
  return `daemon off;
worker_processes 1;
pid ${path.join(prefix, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 1024; }
http {
  access_log off;
  # Keep wrk's connections open for the whole run (the default closes one every 1,000 requests).
  keepalive_requests 10000000;
  keepalive_timeout 60s;
  types { text/html html; application/json json; text/plain txt; }
  charset utf-8;
  client_body_temp_path ${temp}; proxy_temp_path ${temp}; fastcgi_temp_path ${temp};
  uwsgi_temp_path ${temp}; scgi_temp_path ${temp};
  server { listen 127.0.0.1:${port}; root ${root}; }
}
`;
}

/** nginx with one worker, serving `root` (which nginx's unprivileged worker must be able to read). */
export async function startNginx(root: string): Promise<StaticServer> {
  const prefix = await mkdtemp(path.join(os.tmpdir(), 'cms-bench-nginx-'));
  await mkdir(path.join(prefix, 'temp'));
  await chmod(root, 0o755);
  const port = await findFreePort(0);
  const config = path.join(prefix, 'nginx.conf');
  await writeFile(config, configuration(prefix, root, port));
  // -e: the error log before the configuration is read (the default path may not be writable).
  const child = spawn(NGINX, ['-e', 'stderr', '-p', prefix, '-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
  child.on('error', (error) => (errors += `${error.message}; install nginx with: apt-get install nginx-light`));
  const exited = new Promise((resolve) => child.once('close', resolve));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  while (
    !(await fetch(url).then(
      () => true,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || child.pid === undefined || Date.now() > deadline) {
      child.kill('SIGTERM');
      await rm(prefix, { recursive: true, force: true });
      throw new Error(`nginx did not start: ${errors}`);
    }
    await sleep(100);
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM'); // nginx's fast shutdown: the master stops its worker, then itself
        await exited;
      }
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
