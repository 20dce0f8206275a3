/** Prints the closing line CI reads, exactly `N passed, N failed`, whatever the runner prints before it. */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(_test: TestCase, result: TestResult) {
    if (result.status === 'passed') this.passed++;
    else if (result.status === 'skipped') this.skipped++;
    else this.failed++;
  }

  onEnd(result: FullResult) {
    // A run that fails outside any test (server did not start, global timeout) still counts as a failure.
    if (result.status !== 'passed' && this.failed === 0) {
      console.log(`run ${result.status} outside the tests`);
      this.failed = 1;
    }
    if (this.skipped) console.log(`${this.skipped} skipped`);
    console.log(`${this.passed} passed, ${this.failed} failed`);
  }
}
