/**
 * Machine output (--json): the proposed record of the main event, one record for each other event
 * the article tells of, and every guess behind them, for other tools.
 */
import type { Draft } from './draft.ts';
import { eventRecord, otherEventRecord } from './eventRecord.ts';

export function renderJson(d: Draft): string {
  const others = d.otherDates.map((m) => otherEventRecord(d, m));
  return JSON.stringify({ event: eventRecord(d), others, draft: d }, null, 2) + '\n';
}
