/**
 * The read-ahead thread of readAhead.ts: reads files in order into shared slots while the main
 * thread compiles the ones before them. Plain JavaScript on purpose: it starts in ~40 ms, where
 * a thread that must first load the TypeScript loader takes ~0.4 s and 0.6 s of CPU.
 *
 * It decides nothing. Whatever is not a plain regular file within the slot's size (a link, a
 * device, a file too large, any error) is handed back as "read it yourself", and the main thread
 * reads it with readDataFile, so every refusal and error is worded exactly as without this thread.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { workerData } from 'node:worker_threads';

// Keep in step with readAhead.ts.
const FREE = 0;
const READY = 1;
const YOURSELF = 2;

const { paths, flags, slotBytes, state, data } = workerData;
const bytes = new Uint8Array(data);
const slots = state.length / 2;

for (let i = 0; i < paths.length; i++) {
  const s = i % slots;
  // The main thread frees the slot once it has compiled the file slots earlier.
  for (;;) {
    const status = Atomics.load(state, 2 * s);
    if (status === FREE) break;
    Atomics.wait(state, 2 * s, status);
  }
  const length = readInto(paths[i], s * slotBytes);
  state[2 * s + 1] = length;
  Atomics.store(state, 2 * s, length < 0 ? YOURSELF : READY);
  Atomics.notify(state, 2 * s);
}

/** The file's length in bytes, written at `at`; -1 when the main thread must read it itself. */
function readInto(path, at) {
  let fd;
  try {
    fd = openSync(path, flags);
  } catch {
    return -1;
  }
  let length = -1;
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size <= slotBytes) {
      let read = 0;
      while (read < stat.size) {
        const n = readSync(fd, bytes, at + read, stat.size - read, null);
        if (n === 0) break;
        read += n;
      }
      length = read;
    }
  } catch {
    length = -1;
  }
  try {
    closeSync(fd);
  } catch {
    // readDataFile would throw here: let it, on the main thread.
    length = -1;
  }
  return length;
}
