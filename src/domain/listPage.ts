/**
 * Events the list renders at once. A corpus can hold 100,000 events; a page of them keeps the
 * list quick and still reads naturally, with buttons to reveal the events before and after.
 * Its own module so the browser tests count pages with the number the app uses.
 */
export const LIST_PAGE = 50;

/** How many of `count` results the list shows before a reader asks for more. */
export const firstPageOf = (count: number): number => Math.min(count, LIST_PAGE);
