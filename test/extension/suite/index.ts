// Entry point of the extension-host suite: VS Code (desktop through @vscode/test-electron, or the web
// workbench of code-server through its `payload` parameter) loads this bundle and calls run().
// Mocha's spec output and one record per test are appended as JSON lines to the file named by
// TRIANGULATE_TEST_RESULTS, which the launcher (test/extension/run.mjs) prints.
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const resultsFile = process.env.TRIANGULATE_TEST_RESULTS;
  const emit = (record: Record<string, unknown>): void => {
    if (resultsFile) appendFileSync(resultsFile, `${JSON.stringify(record)}\n`);
  };
  const consoleLog = Mocha.reporters.Base.consoleLog;
  Mocha.reporters.Base.consoleLog = (...data: unknown[]) => {
    consoleLog(...data);
    emit({ type: 'log', text: format(...data) });
  };
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, slow: 5_000 });
  const grep = process.env.TRIANGULATE_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(join(__dirname, file));
  }
  emit({ type: 'start', pid: process.pid, time: Date.now() });
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        emit({
          type: 'end',
          failures,
          passes: runner.stats?.passes ?? 0,
          pending: runner.stats?.pending ?? 0,
        });
        Mocha.reporters.Base.consoleLog = consoleLog;
        if (failures > 0) reject(new Error(`${failures} extension test(s) failed.`));
        else resolve();
      });
      runner.on('pass', (test) => emit({ type: 'pass', title: test.fullTitle(), ms: test.duration }));
      runner.on('fail', (test, err: Error) =>
        emit({ type: 'fail', title: test.fullTitle(), error: String(err?.stack ?? err) }),
      );
      runner.on('pending', (test) => emit({ type: 'pending', title: test.fullTitle() }));
    } catch (e) {
      emit({ type: 'end', failures: 1, passes: 0, pending: 0, error: String((e as Error)?.stack ?? e) });
      reject(e);
    }
  });
}
