/**
 * Ends a jest run with one plain line, "jest: N passed, N failed", so CI logs (and people
 * skimming them) see the outcome without reading jest's table.
 */
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(`jest: ${results.numPassedTests} passed, ${failed} failed\n`);
  }
}
module.exports = SummaryLineReporter;
