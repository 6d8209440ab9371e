/**
 * The explain CLI: `npm run --silent explain -- [options]`. Runs the same domain code the app
 * uses. Bad input prints one clear line on stderr and exits 2. A reader that closes the pipe
 * early (`… --json | head -1`) ends the program quietly.
 */
import { runExplainCli } from '../src/cli/explainCli';

for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    // The reader went away: nothing more to say to it, and nothing went wrong here.
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const result = runExplainCli(process.argv.slice(2));
process.exitCode = result.code;
if (result.stdout) process.stdout.write(result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`);
if (result.stderr) process.stderr.write(`${result.stderr}\n`);
