/**
 * A worker thread's share of a large compile: reads its event files and compiles each one.
 * The results go back as one transferred buffer of event JSON plus the events' sort keys.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { referenceSets } from './crossCheck.ts';
import type { References } from './crossCheck.ts';
import { compileEventFile } from './eventFile.ts';
import type { EventFile } from './eventFile.ts';
import { EventStore } from './eventStore.ts';

export interface WorkerTask {
  references: References;
  files: (Omit<EventFile, 'text'> & { abs: string })[];
}

const task = workerData as WorkerTask;
const refs = referenceSets(task.references);
const store = new EventStore();
for (const f of task.files)
  store.add(compileEventFile({ ...f, text: readFileSync(f.abs, 'utf8') }, refs));
const result = store.finish();
// Transfer the bytes rather than copying them.
parentPort?.postMessage(result, [result.bytes.buffer as ArrayBuffer]);
