/**
 * The currency of the drafter: every field it fills is a Guess carrying how sure it is and why,
 * so the curator can check each one against the article instead of trusting it.
 */

export type Confidence = 'high' | 'medium' | 'low';

export interface Evidence {
  /** The words of the article that triggered the rule, as written there. */
  phrase: string;
  /** Which rule read them, in a few words the curator can follow. */
  rule: string;
  /** Offset of the phrase in the article (UTF-16 units), when it came from the text. */
  at?: number;
}

export interface Guess<T> {
  value: T;
  confidence: Confidence;
  evidence: Evidence[];
  /** Doubts worth the curator's attention (a weekday that does not match, a missing year). */
  warnings?: string[];
}

const ORDER: Confidence[] = ['low', 'medium', 'high'];

export function lowerOf(a: Confidence, b: Confidence): Confidence {
  return ORDER[Math.min(ORDER.indexOf(a), ORDER.indexOf(b))] as Confidence;
}

export function raise(c: Confidence): Confidence {
  return ORDER[Math.min(ORDER.indexOf(c) + 1, ORDER.length - 1)] as Confidence;
}
