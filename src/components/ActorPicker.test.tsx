// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../i18n/i18n.ts';
import { buildNameIndex } from '../domain/searchIndex.ts';
import type { Actor } from '../domain/schema.ts';
import { ActorPicker } from './ActorPicker.tsx';

const people = (n: number): Actor[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `person-${i}`,
    name: { ar: `شخص ${i}`, en: `Person ${i}` },
    role: { ar: 'دور', en: 'role' },
    affiliation: 'russia',
    aliases: [],
  }));

function show(actors: Actor[]) {
  render(
    <ActorPicker
      actors={actors}
      names={buildNameIndex(actors)}
      counts={new Uint32Array(actors.length)}
      selected={[]}
      mode="any"
      lang="ar"
      onToggle={() => {}}
      onModeChange={() => {}}
    />,
  );
  return screen.getByRole('list');
}

afterEach(cleanup);

describe('ActorPicker', () => {
  it('lists a short roster in full, in the panel itself', () => {
    const list = show(people(12));
    expect(screen.getAllByRole('checkbox')).toHaveLength(13);
    expect(list.className).not.toMatch(/overflow-y-auto/);
    expect(screen.queryByText(/مرّر القائمة/)).toBeNull();
  });

  it('says how many names a long roster holds, since its box scrolls', () => {
    const list = show(people(45));
    expect(list.className).toMatch(/overflow-y-auto/);
    const note = screen.getByText('45 مشاركًا: مرّر القائمة لرؤيتهم جميعًا، أو ابحث بالاسم');
    expect(list.getAttribute('aria-describedby')).toBe(note.id);
  });
});
