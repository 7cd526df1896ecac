// Prints the one line CI reads ("N passed, N failed") from the runners' JSON reports.
// A report that is missing or unreadable counts as one failure: silence must never pass.
import { existsSync, readFileSync } from 'node:fs';

const reports = process.argv.slice(2);
let passed = 0;
let failed = 0;

for (const file of reports) {
  if (!existsSync(file)) {
    console.error(`test-summary: no report at ${file} (that step did not run or crashed)`);
    failed += 1;
    continue;
  }
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof report.numPassedTests === 'number') {
      // Vitest (Jest-compatible JSON)
      passed += report.numPassedTests;
      failed +=
        report.numFailedTests + (report.success === false && report.numFailedTests === 0 ? 1 : 0);
    } else if (report.stats) {
      // Playwright JSON reporter
      passed += report.stats.expected + (report.stats.flaky ?? 0);
      failed += report.stats.unexpected + (report.errors?.length ?? 0);
    } else {
      throw new Error('unknown report format');
    }
  } catch (error) {
    console.error(`test-summary: cannot read ${file}: ${error.message}`);
    failed += 1;
  }
}

console.log(`${passed} passed, ${failed} failed`);
