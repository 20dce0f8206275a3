/**
 * A build of the site at an earlier commit, for tests that a browser profile kept under that build
 * survives today's. Built once per commit and base into the system's temporary folder, from a
 * throw-away git worktree (node_modules linked from this checkout), so reruns take no time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export type OldBuild = { dist: string } | { skip: string };

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

export function buildAtCommit(commit: string, base: string): OldBuild {
  const dist = join(tmpdir(), `gov-info-build-${commit.slice(0, 12)}-${base.replace(/\W+/g, '_')}`);
  if (existsSync(join(dist, 'index.html'))) return { dist };
  // A shallow clone (some CI checkouts) lacks the commit: say so rather than test nothing.
  try {
    git('cat-file', '-e', `${commit}^{commit}`);
  } catch {
    return { skip: `commit ${commit} is not in this clone's history (shallow clone?), so its build cannot be made` };
  }
  const work = mkdtempSync(join(tmpdir(), 'gov-info-worktree-'));
  const source = join(work, 'src');
  const out = `${dist}.part-${process.pid}`;
  try {
    git('worktree', 'add', '--detach', source, commit);
    symlinkSync(resolve('node_modules'), join(source, 'node_modules'));
    execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir'], {
      cwd: source,
      env: { ...process.env, BASE_PATH: base },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // Renamed only when complete, so an interrupted build is never taken for a cached one.
    renameSync(out, dist);
  } finally {
    rmSync(out, { recursive: true, force: true });
    if (existsSync(source)) git('worktree', 'remove', '--force', source);
    rmSync(work, { recursive: true, force: true });
  }
  return { dist };
}
