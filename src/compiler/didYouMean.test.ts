import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from './didYouMean.ts';

describe('didYouMean', () => {
  const actors = ['vladimir-putin', 'xi-jinping', 'wang-yi', 'sergey-lavrov'];
  it('suggests the id a typo was meant to be', () => {
    expect(didYouMean('wang-yii', actors)).toBe('wang-yi');
    expect(didYouMean('xi-jinpign', actors)).toBe('xi-jinping');
    expect(didYouMean('titel', ['title', 'summary'])).toBe('title');
  });
  it('suggests a hyphenated id from one of its parts', () => {
    expect(didYouMean('lavrov', actors)).toBe('sergey-lavrov');
  });
  it('stays quiet when nothing is close', () => {
    expect(didYouMean('medvedev', actors)).toBeUndefined();
    expect(didYouMean('ab', ['xy'])).toBeUndefined();
  });
  it('counts a swap of neighbours as one slip', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
