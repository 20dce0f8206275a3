/**
 * Mutation testing of the extractor (npm run test:mutation; docs/mutation-testing.md): would the tests notice
 * if src/extract started to produce a wrong number? Incremental: a second run re-tests only mutants whose
 * code or covering tests changed (the incremental file is a local cache under reports/, not committed).
 */
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = import.meta.dirname;
const tempDirName = '.stryker-tmp';

// Tests read real reports from ../shared/reports beside the project; a sandbox sits two folders deeper
// (.stryker-tmp/sandbox-*), so the same relative path must find them from there.
const shared = resolve(root, '..', 'shared');
const sandboxShared = join(root, tempDirName, 'shared');
if (existsSync(shared) && !existsSync(sandboxShared)) {
  mkdirSync(join(root, tempDirName), { recursive: true });
  symlinkSync(shared, sandboxShared, 'dir');
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // rules.ts and deskew.ts walk every pixel of a page: instrumented, one test of theirs took minutes, and each of
  // their mutants re-runs those tests. They are left to a run of their own (its command and figures in docs/mutation-testing.md).
  mutate: ['src/extract/**/*.ts', '!src/extract/**/*.test.ts', '!src/extract/__fixtures__/**', '!src/extract/ocr/rules.ts', '!src/extract/ocr/deskew.ts'],
  testRunner: 'vitest',
  // related: false because a mutant's run already names the test files that cover it (per-test coverage); vitest's
  // related mode would walk every named file's imports again on every run, about 0.1 s each time.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutation.json',
  // Not the default (every file under src/, HTML too): a `// @ts-nocheck` in a fixture's <script> moves its lines.
  disableTypeChecks: 'src/**/*.{ts,tsx,js,mjs}',
  checkerNodeArgs: ['--import', join(root, 'scripts', 'mutation', 'typescriptApi.mjs')],
  // The machine is shared (2 cores): never more than two test processes.
  concurrency: 2,
  // Static mutants (module-level word lists, rules, regexes: 14 % of all) each re-run the whole related selection,
  // which alone would take hours. MUTATION_STATIC=1 tests them too; incremental after a run without them, it
  // tests only them (docs/mutation-testing.md).
  ignoreStatic: process.env.MUTATION_STATIC !== '1',
  // Stryker's default. A mutant that loops forever is mostly stopped sooner by its hit limit; a longer wait only
  // made each of the ~100 timed-out mutants cost 10 s or more.
  timeoutMS: 5_000,
  // The first step runs the whole selection instrumented for per-test coverage: over the default 5 minutes here.
  dryRunTimeoutMinutes: 30,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  tempDirName,
  ignorePatterns: ['/reports', '/dist', '/playwright-report', '/test-results', '/data/synthetic'],
  reporters: ['clear-text', 'html', 'progress'],
  clearTextReporter: { reportMutants: true, reportTests: false, allowEmojis: false },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 90, low: 80, break: null },
};
