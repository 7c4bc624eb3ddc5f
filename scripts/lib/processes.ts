import { spawn, type ChildProcess } from 'node:child_process';

type RunOptions = { env?: Record<string, string | undefined> };

/** Runs a command with inherited output; rejects when it exits non-zero. */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...options.env } });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${signal ?? code}`));
    });
  });
}

/** Runs a command and resolves with its exit code (for test runners whose failure is reported, not thrown). */
export function runForExitCode(command: string, args: string[], options: RunOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...options.env } });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/**
 * Starts a long-running child in a process group of its own, so that a signal sent to this process
 * alone (not only Ctrl-C, which reaches the whole terminal group) can stop it and its children.
 */
export function startLongRunning(command: string, args: string[], options: RunOptions = {}): ChildProcess {
  return spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...options.env }, detached: true });
}

/** Sends a signal to a child started by startLongRunning and to everything it started. */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}
