import { describe, expect, it } from 'vitest';
import { htmlToText } from './htmlText.ts';

describe('htmlToText', () => {
  it('keeps the words, decodes every entity and separates blocks', () => {
    expect(
      htmlToText(
        '<p>Putin &amp; Xi&nbsp;meet</p><p>in &#1605;&#x648;&#x633;&#1603;&#1608; &laquo;today&raquo;</p>',
      ),
    ).toBe('Putin & Xi meet in موسكو «today»');
    expect(htmlToText('one<br>two<br/>three')).toBe('one two three');
  });

  it('drops script and style content and comments instead of showing them as text', () => {
    expect(
      htmlToText('<script>alert("x")</script>safe<style>p{color:red}</style><!-- note --> text'),
    ).toBe('safe text');
    // `<scr<script>` is one odd element, as a browser parses it: what it shows, nothing more.
    expect(htmlToText('a<scr<script>ipt>b</script>c')).toBe('aipt>bc');
  });

  it('leaves markup-looking text as text and never an element', () => {
    expect(htmlToText('&lt;img src=x onerror=alert(1)&gt;')).toBe('<img src=x onerror=alert(1)>');
    expect(htmlToText('<img src=x onerror=alert(1)>caption')).toBe('caption');
  });
});
