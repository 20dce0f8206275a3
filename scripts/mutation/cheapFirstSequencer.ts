/**
 * The order of test files in a mutation run (vitest.mutation.config.ts). Stryker stops a mutant's run at its
 * first failing test, so the order decides what a killed mutant costs. Vitest's own order (files that failed
 * last time first, then the slowest first) suits a whole suite, where the slow files should start early; here
 * it put the OCR suites' seconds of pixel work in front of the unit test that kills the mutant in milliseconds.
 * This keeps "failed last time first" (the next mutant is mostly in the same function, killed by the same file)
 * and then runs the quickest first.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export class CheapFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const last = (spec: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`);
    // A file without a result yet (before the first run) sorts after those with one: its cost is unknown.
    const rank = (spec: TestSpecification) => {
      const result = last(spec);
      return result ? [result.failed ? 0 : 1, result.duration] : [2, 0];
    };
    return [...files]
      .map((spec) => ({ spec, key: rank(spec) }))
      .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1])
      .map(({ spec }) => spec);
  }
}
