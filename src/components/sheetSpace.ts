/**
 * The room the details sheet takes over the bottom of the screen (below the xl breakpoint), kept
 * clear at the page's end and by focus scrolling. Written on the two elements that use it, not
 * as a custom property on the root: every element inherits a root custom property, so setting
 * one restyled the whole page when an event opened (22 ms of it, profiled), and reading it back
 * through getComputedStyle forced that restyle at once.
 */
let space = 0;

/** The sheet's height in CSS px; 0 when no sheet covers the screen. */
export function sheetSpace(): number {
  return space;
}

export function setSheetSpace(px: number): void {
  if (px === space) return;
  space = px;
  const value = px > 0 ? `${px}px` : '';
  document.documentElement.style.scrollPaddingBlockEnd = value;
  document.body.style.paddingBlockEnd = value;
}
