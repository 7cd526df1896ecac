import { describe, expect, it } from 'vitest';
import { previewSvg, wrapLines } from './previewSvg.ts';

describe('preview card', () => {
  it('wraps at spaces within the budget and marks a cut last line', () => {
    expect(wrapLines('aaa bbb ccc ddd', 7, 3)).toEqual(['aaa bbb', 'ccc ddd']);
    const lines = wrapLines('aaa bbb ccc ddd eee fff ggg hhh', 7, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });

  it('escapes text, starts Arabic lines with a right-to-left mark and anchors them at the right', () => {
    const svg = previewSvg({
      lang: 'ar',
      title: '</text><script>x</script> عنوان',
      date: '4 فبراير 2026',
      lines: [],
      colours: ['#123456', 'red" onload="x'],
      brand: 'مسار · Masar',
    });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('onload');
    expect(svg).toContain('text-anchor="end" fill="#16181d">\u200f&lt;/text&gt;');
    expect(svg).toContain('fill="#123456"');
  });
});
