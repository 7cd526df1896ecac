import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT, embedCode } from './embedCode.ts';

describe('embedCode', () => {
  it('gives an iframe of the view with a height, and the host script of the same site', () => {
    const code = embedCode('https://masar.example/embed/?event=e1&lang=en', 'Masar: "x" <y>');
    const [iframe, script] = code.split('\n');
    expect(iframe).toBe(
      `<iframe src="https://masar.example/embed/?event=e1&amp;lang=en" title="Masar: &quot;x&quot; &lt;y&gt;" width="100%" height="${EMBED_HEIGHT}" style="border:0;max-width:100%" loading="lazy" data-masar-embed></iframe>`,
    );
    expect(script).toBe('<script src="https://masar.example/embed.js" async></script>');
  });
});
