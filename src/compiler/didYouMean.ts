/**
 * Suggestions for misspelt ids and keys ("wang-yii" → "wang-yi", "titel" → "title").
 * Optimal string alignment distance: Levenshtein plus swaps of two neighbouring characters,
 * the commonest typing slip.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Array<number>(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  const at = (i: number, j: number) => d[i * cols + j] as number;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return at(rows - 1, cols - 1);
}

/**
 * The closest known name, or undefined when nothing is close enough to be a plausible slip.
 * A short word tolerates one slip, a long one up to three; ties go to the first in `known`,
 * so the answer does not depend on anything but the input order.
 */
export function didYouMean(name: string, known: Iterable<string>): string | undefined {
  const allowed = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = allowed + 1;
  const partial: string[] = [];
  for (const candidate of known) {
    if (Math.abs(candidate.length - name.length) < bestDistance) {
      const distance = editDistance(name, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    // "putin" for "vladimir-putin": a curator who remembers only part of a hyphenated id.
    if (name.length >= 3 && candidate.split('-').includes(name)) partial.push(candidate);
  }
  if (best !== undefined) return best;
  return partial.length === 1 ? partial[0] : undefined;
}

/** ` (did you mean "wang-yi"?)`, or nothing, ready to append to a message. */
export function suggestion(name: string, known: Iterable<string>): string {
  const match = didYouMean(name, known);
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}
