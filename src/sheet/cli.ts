/** Entry point of `npm run data:export` and `npm run data:import`: wires main() to the process. */
import { main } from './main.ts';

process.exitCode = main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
});
