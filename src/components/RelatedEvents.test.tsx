// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18next from '../i18n/i18n.ts';
import { makeEvent } from '../domain/testFixtures.ts';
import type { RelatedLink } from '../domain/relations.ts';
import { RelatedEvents } from './RelatedEvents.tsx';

afterEach(cleanup);

const events = new Map(
  [
    makeEvent({
      id: 'invitation',
      date: '2026-02-04',
      type: 'call',
      title: ['دعوة', 'Invitation'],
    }),
    makeEvent({ id: 'visit', date: '2026-05-20', type: 'visit', title: ['زيارة', 'Visit'] }),
    makeEvent({ id: 'talks', date: '2026-01-10', type: 'call', title: ['مشاورات', 'Talks'] }),
  ].map((e) => [e.id, e]),
);

function show(
  related: RelatedLink[],
  lang: 'ar' | 'en',
  status: 'happened' | 'planned' = 'happened',
) {
  void i18next.changeLanguage(lang);
  const onOpen = vi.fn();
  render(
    <RelatedEvents
      related={related}
      status={status}
      lang={lang}
      eventOf={(id) => events.get(id)}
      linkFor={(id) => `/?event=${id}`}
      onOpen={onOpen}
    />,
  );
  return onOpen;
}

describe('RelatedEvents', () => {
  it('names each relation in Arabic, the derived direction too, each event a link', () => {
    show(
      [
        { id: 'talks', relation: 'follows-up' },
        { id: 'visit', relation: 'announces' },
      ],
      'ar',
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toMatch(/^جاء في أعقاب مشاورات/);
    expect(items[1]).toMatch(/^أُعلن فيه عن زيارة/);
    expect(screen.getByRole('link', { name: 'زيارة' }).getAttribute('href')).toBe('/?event=visit');
  });

  it('names the other direction in English', () => {
    show([{ id: 'invitation', relation: 'announced-by' }], 'en');
    expect(screen.getByRole('listitem').textContent).toMatch(/^Announced in Invitation/);
  });

  it('opens a related event in place on a plain click, and leaves a Ctrl+click to the browser', () => {
    const onOpen = show([{ id: 'invitation', relation: 'announced-by' }], 'en');
    const link = screen.getByRole('link', { name: 'Invitation' });
    fireEvent.click(link, { ctrlKey: true });
    expect(onOpen).not.toHaveBeenCalled();
    fireEvent.click(link);
    expect(onOpen).toHaveBeenCalledWith('invitation');
  });

  it('says that a planned event has a recorded outcome, and names it', () => {
    show([{ id: 'visit', relation: 'has-outcome' }], 'ar', 'planned');
    expect(screen.getByText('كان هذا الحدث مخطّطًا له، وقد سُجّل ما آل إليه:')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'زيارة' })).toBeTruthy();
  });

  it('says nothing of an outcome for an event that happened', () => {
    show([{ id: 'visit', relation: 'has-outcome' }], 'en');
    expect(screen.queryByText(/was planned/)).toBeNull();
    expect(screen.getByRole('listitem').textContent).toMatch(/^Led to Visit/);
  });
});
