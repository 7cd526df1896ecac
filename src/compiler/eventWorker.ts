/**
 * A worker thread's share of a large compile: reads its event files and compiles each one.
 * Outcomes go back as plain data (per-event JSON strings), cheap to pass between threads.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { referenceSets } from './crossCheck.ts';
import type { References } from './crossCheck.ts';
import { compileEventFile } from './eventFile.ts';
import type { EventFile } from './eventFile.ts';

export interface WorkerTask {
  references: References;
  files: (Omit<EventFile, 'text'> & { abs: string })[];
}

const task = workerData as WorkerTask;
const refs = referenceSets(task.references);
const outcomes = task.files.map((f) =>
  compileEventFile({ ...f, text: readFileSync(f.abs, 'utf8') }, refs),
);
parentPort?.postMessage(outcomes);
