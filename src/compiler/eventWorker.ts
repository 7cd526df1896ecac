/**
 * A worker thread's part of a large compile: claims batches of event files from the shared
 * counter and compiles them. The results go back as one transferred buffer of event JSON plus
 * the events' sort keys.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { referenceSets } from './crossCheck.ts';
import { claimBatches, compileClaimed } from './claimEvents.ts';
import type { ClaimTask } from './claimEvents.ts';
import { classify } from './compile.ts';
import { onDisk } from './readDataDir.ts';

const task = workerData as ClaimTask;
// The main thread sent paths it had classified as event files; classify again to get each one's
// year folder and id, in the same order.
const { events } = classify(task.paths.split('\n'), task.dataDir);
const result = compileClaimed(
  claimBatches(task.next, events.length),
  events,
  referenceSets(task.references),
  (path) => onDisk(task.dir, task.dataDir, path),
);
// Transfer the bytes rather than copying them.
parentPort?.postMessage(
  result,
  result.bytes.map((b) => b.buffer as ArrayBuffer),
);
