import { describe, expect, it } from 'vitest';
import { readJson } from './readJson.ts';

describe('readJson', () => {
  it('reads UTF-8 Arabic text, a byte-order mark and all, as response.json() does', async () => {
    const bytes = new TextEncoder().encode('\uFEFF{"title":"قمة قازان","n":3}');
    const body = await readJson(new Response(bytes));
    expect(body).toEqual({ title: 'قمة قازان', n: 3 });
    expect(await new Response(bytes).json()).toEqual(body);
  });

  it('rejects a body that is not JSON (an HTML page served for a missing file)', async () => {
    await expect(readJson(new Response('<!doctype html><title>x</title>'))).rejects.toThrow(
      SyntaxError,
    );
  });
});
