import { describe, expect, it } from 'vitest';
import { escapeHtml, safeHtml, jsonForScript, raw, toHtmlString } from './html.ts';

describe('html builder', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const hostile = `</title><script>alert("x")</script>' onload='x`;
    const out = toHtmlString(safeHtml`<p title="${hostile}">${hostile}</p>`);
    expect(out).not.toContain('<script>');
    expect(out).not.toContain(`'x`);
    expect(out).toBe(
      '<p title="&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onload=&#39;x">&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onload=&#39;x</p>',
    );
  });

  it('keeps nested markup and arrays of it, and drops empty values', () => {
    const items = ['a<b', 'c&d'].map((t) => safeHtml`<li>${t}</li>`);
    expect(toHtmlString(safeHtml`<ul>${items}${false}${undefined}${null}</ul>`)).toBe(
      '<ul><li>a&lt;b</li><li>c&amp;d</li></ul>',
    );
  });

  it('never takes a plain string for markup, even one that looks like a Markup object', () => {
    const forged = { markup: '<b>' } as unknown as string;
    expect(toHtmlString(safeHtml`${forged}`)).toBe('[object Object]');
    expect(toHtmlString(safeHtml`${raw('<!doctype html>')}`)).toBe('<!doctype html>');
  });

  it('escapes & first, so an entity in the data stays visible as typed', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});

describe('JSON in a script element', () => {
  it('cannot close the element, and reads back as the same value', () => {
    const value = { name: '</script><script>alert(1)</script> & \u2028 <!--' };
    const text = toHtmlString(jsonForScript(value));
    expect(text).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
