/** Entry point of `npm run draft`: wires main() to the real process. */
import { main } from './main.ts';

async function readStdin(limit: number): Promise<Uint8Array | null> {
  if (process.stdin.isTTY) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    chunks.push(b);
    size += b.length;
    // Past the limit the article is refused anyway; stop reading.
    if (size >= limit) break;
  }
  return Buffer.concat(chunks).subarray(0, limit);
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin,
});
