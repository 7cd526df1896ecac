import { describe, expect, it } from 'vitest';
import { eventJsonLd } from './jsonLd.ts';
import { pageDataset } from './testEvents.ts';

const { dataset, events } = pageDataset();
const byId = (id: string) => {
  const event = events.find((e) => e.id === id);
  if (!event) throw new Error(`no test event ${id}`);
  return event;
};
const ld = (id: string, lang: 'ar' | 'en' = 'en') =>
  eventJsonLd(byId(id), lang, { dataset, url: `/e/${id}/` });

describe('schema.org Event', () => {
  it('keeps each date at its real precision', () => {
    expect(ld('hostile-call')).toMatchObject({ startDate: '2026-02-04', endDate: '2026-02-04' });
    // Known only to the month: never claimed for the 1st.
    expect(ld('month-visit')).toMatchObject({ startDate: '2025-10', endDate: '2025-10' });
    expect(ld('range-summit')).toMatchObject({ startDate: '2024-10-22', endDate: '2024-10-24' });
  });

  it('names participants, the forum, the place and the sources in the page language', () => {
    const data = ld('hostile-call', 'ar');
    expect(data).toMatchObject({
      '@type': 'Event',
      eventStatus: 'https://schema.org/EventScheduled',
      attendee: [
        { '@type': 'Person', name: 'فلاديمير بوتين' },
        { '@type': 'Person', name: 'شي جين بينغ' },
      ],
      superEvent: [{ '@type': 'Event', name: 'مجموعة بريكس' }],
    });
    expect(data.subjectOf).toHaveLength(2);
    expect((data.subjectOf as { datePublished: string }[])[0]?.datePublished).toBe('2026-02');
  });

  it('leaves out what the event does not have', () => {
    const data = ld('month-visit');
    expect(data).not.toHaveProperty('attendee');
    expect(data).not.toHaveProperty('superEvent');
    expect(data).not.toHaveProperty('location');
  });
});
