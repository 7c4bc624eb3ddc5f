import { execFileSync } from 'node:child_process';
import type { Actor } from '@/lib/auth/actor-type';
import type { SaveChangeInput } from '@/lib/changes/inputs';

/**
 * An editor's change saved, submitted and approved by a reviewer through the data layer. That
 * layer is server-only (it refuses to load outside the react-server condition), so it runs in a
 * child process started like `npm start` starts the app. Pages reach readers after
 * refreshPublicPages(request), since the server's cache is not this process's.
 */
export function publishChange(editor: Actor, reviewer: Actor, input: SaveChangeInput): { recordId: string } {
  return JSON.parse(runDataLayer(editor, reviewer, input)) as { recordId: string };
}

/** An editor's change saved and submitted, left for a reviewer (who decides in the browser). */
export function submitForReview(editor: Actor, input: SaveChangeInput): { changeId: string } {
  return JSON.parse(runDataLayer(editor, null, input)) as { changeId: string };
}

function runDataLayer(editor: Actor, reviewer: Actor | null, input: SaveChangeInput): string {
  return execFileSync('node_modules/.bin/tsx', ['--conditions=react-server', 'e2e/helpers/publish-change.ts'], {
    input: JSON.stringify({ editor, reviewer, input }),
    encoding: 'utf8',
  });
}
