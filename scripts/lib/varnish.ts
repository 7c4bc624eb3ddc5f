// Varnish (Debian's varnishd) in front of a site, with the configuration the README gives
// (deploy/varnish/default.vcl), only its backend port changed: for the frontend-cache journey and
// the bench's figures behind it.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { signalGroup } from './processes';
import { waitUntilServing } from './site';

export const VARNISHD = '/usr/sbin/varnishd';

/** varnishd in the foreground on `port`, in a work directory of its own, in front of `backendPort`. */
export async function startVarnish(port: number, backendPort: number) {
  const workDir = await mkdtemp(path.join(tmpdir(), 'cms-varnish-'));
  const vcl = (await readFile('deploy/varnish/default.vcl', 'utf8')).replace(
    /\.port = "\d+";/,
    `.port = "${backendPort}";`,
  );
  // varnishd drops root for its own user, which must be able to read the configuration.
  await chmod(workDir, 0o755);
  await writeFile(path.join(workDir, 'default.vcl'), vcl, { mode: 0o644 });
  const child = spawn(
    VARNISHD,
    ['-F', '-n', workDir, '-f', path.join(workDir, 'default.vcl'), '-a', `127.0.0.1:${port}`, '-s', 'malloc,64m'],
    { stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(`${url}/about`, child, 'varnishd');
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        signalGroup(child, 'SIGTERM');
        await exited;
      }
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

export type Varnish = Awaited<ReturnType<typeof startVarnish>>;
