/**
 * The same few questions about one date, answered once. Compiling an event asks about its start
 * date some eight times (is it a real date? its first day, its last day: the date checks, the
 * term check, the check against today and the JSON each ask again), and every answer parsed the
 * text anew. The last few answers are kept, by the date's text; they are strings, so sharing them
 * is safe, and the few kept cost no memory worth counting.
 */
import { firstDay as firstDayOf, lastDay as lastDayOf } from '../domain/partialDate.ts';
import { dateProblem as dateProblemOf } from './dates.ts';

/** A few answers of one function, the oldest replaced first. */
export class Recent<T> {
  private readonly keys: (string | undefined)[];
  private readonly values: T[];
  private next = 0;

  constructor(
    private readonly answer: (key: string) => T,
    size = 8,
  ) {
    this.keys = new Array<string | undefined>(size);
    this.values = new Array<T>(size);
  }

  get(key: string): T {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] === key) return this.values[i] as T;
    const value = this.answer(key);
    this.keys[this.next] = key;
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.keys.length;
    return value;
  }
}

const problems = new Recent(dateProblemOf);
const firstDays = new Recent(firstDayOf);
const lastDays = new Recent(lastDayOf);

/** dates.ts's dateProblem, remembered. */
export const dateProblem = (value: string): string | undefined => problems.get(value);
/** partialDate.ts's firstDay, remembered (it throws, as that does, for what is not a date). */
export const firstDay = (value: string): string => firstDays.get(value);
/** partialDate.ts's lastDay, remembered. */
export const lastDay = (value: string): string => lastDays.get(value);
