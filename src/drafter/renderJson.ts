/** Machine output (--json): the proposed record and every guess behind it, for other tools. */
import type { Draft } from './draft.ts';
import { eventRecord } from './eventRecord.ts';

export function renderJson(d: Draft): string {
  return JSON.stringify({ event: eventRecord(d), draft: d }, null, 2) + '\n';
}
