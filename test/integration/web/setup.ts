// Loads mocha's browser build and sets it up before the bundled tests register their suites:
// the web suite's entry imports this first, then every test, then the runner.
import 'mocha/mocha.js';
import { testTimeoutMs } from '../results';

// The runner collects results itself; mocha's default browser reporter would need a DOM.
mocha.setup({ ui: 'bdd', timeout: testTimeoutMs, reporter: function SilentReporter() {} as unknown as Mocha.ReporterConstructor });

// The browser port of Node's assert looks at `process.stderr` while it words a failure; a web
// worker has no `process`, and without this a failed assertion reads "process is not defined".
(globalThis as { process?: unknown }).process ??= { env: {} };
