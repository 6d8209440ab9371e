/**
 * The explain CLI: `npm run --silent explain -- [options]`. Runs the same domain code the app
 * uses. Bad input prints one clear line on stderr and exits 2.
 */
import { runExplainCli } from '../src/cli/explainCli';

const result = runExplainCli(process.argv.slice(2));
if (result.stdout) process.stdout.write(result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`);
if (result.stderr) process.stderr.write(`${result.stderr}\n`);
process.exitCode = result.code;
