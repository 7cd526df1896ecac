// The compiled dataset the production build serves: specs look events up by stable id, so a
// curator rewording a title never breaks a test.
import { readFileSync } from 'node:fs';
import type { Dataset, TimelineEvent } from '../../src/domain/schema.ts';

let cached: Dataset | undefined;

export function dataset(): Dataset {
  // E2E_DIST: the build the server serves, when it is not dist/ (see e2e/isolated.config.ts).
  const dist = process.env.E2E_DIST ?? 'dist';
  cached ??= JSON.parse(readFileSync(`${dist}/data/events.json`, 'utf8')) as Dataset;
  return cached;
}

export function eventById(id: string): TimelineEvent {
  const event = dataset().events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in the shipped data`);
  return event;
}
