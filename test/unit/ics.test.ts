import * as assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { GrowthIndex } from '../../src/core/growthIndex';
import { calendarEvents, fold, toICalendar } from '../../src/core/ics';

const STAMP = new Date('2026-11-22T09:30:00Z');

function plan(title = 'Ship the refunds redesign, phase 1; all markets'): GrowthIndex {
  const index = new GrowthIndex();
  index.set('growth/profile.md', '---\nkind: profile\nschema: 1\ncurrentLevel: II\ntargetLevel: Senior\ntrack: ic\nmentor: Priya Nair\nnorthStar:\n  statement: S\ncadence:\n  review: biweekly\n  checkinWeeks: 5\n---\n');
  index.set('growth/reviews/2026-11-08.md', '---\nkind: review\nschema: 1\ndate: 2026-11-08\nonTrack: yes\n---\n');
  index.set('growth/checkins/2026-10-28.md', '---\nkind: checkin\nschema: 1\ndate: 2026-10-28\nmentor: Priya Nair\nnext: 2026-12-02\n---\n');
  index.set(
    'growth/goals/refunds.md',
    `---\nkind: goal\nschema: 1\ntitle: "${title}"\nhorizon: short\nstatus: active\nmilestones:\n  - {id: load, title: "Load test at 3× peak — 🚀, fast; really", doneWhen: "p99 < 2 s", due: 2026-11-25, status: active}\n  - {id: old, title: Done one, due: 2026-11-01, status: done}\n---\n`,
  );
  index.set('growth/breaks/winter.md', '---\nkind: break\nschema: 1\ntype: time-off\nstart: 2026-12-22\nend: 2027-01-02\ncommitted: true\n---\n');
  return index;
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

describe('calendar export', () => {
  const text = toICalendar(calendarEvents(plan(), '2026-11-22'), STAMP);
  const events = parse(text);
  const byUid = new Map(events.map((event) => [event.uid, event]));

  it('parses with an independent iCalendar parser', () => {
    assert.equal(events.length, 4);
  });

  it('makes reviews and mentor check-ins recurring events from their next date', () => {
    const review = byUid.get('review@devgrowth')!;
    assert.equal(review.startDate.toString(), '2026-11-22');
    assert.equal(review.component.getFirstPropertyValue('rrule')!.toString(), 'FREQ=WEEKLY;INTERVAL=2');
    const checkin = byUid.get('checkin@devgrowth')!;
    assert.equal(checkin.summary, 'Mentor check-in with Priya Nair');
    assert.equal(checkin.startDate.toString(), '2026-12-02');
    assert.equal(checkin.component.getFirstPropertyValue('rrule')!.toString(), 'FREQ=WEEKLY;INTERVAL=5');
  });

  it('adds open milestones as all-day events with awkward titles intact, and skips finished ones', () => {
    const milestone = byUid.get('milestone-refunds-load@devgrowth')!;
    assert.equal(milestone.summary, 'Due: Load test at 3× peak — 🚀, fast; really');
    assert.equal(milestone.description, 'Goal: Ship the refunds redesign, phase 1; all markets\nDone when: p99 < 2 s');
    assert.equal(milestone.startDate.isDate, true);
    assert.equal(milestone.endDate.toString(), '2026-11-26', 'DTEND is the day after, exclusive');
    assert.equal(byUid.has('milestone-refunds-old@devgrowth'), false);
  });

  it('adds planned time off over its whole span', () => {
    const winter = byUid.get('break-winter@devgrowth')!;
    assert.equal(winter.startDate.toString(), '2026-12-22');
    assert.equal(winter.endDate.toString(), '2027-01-03');
  });

  it('keeps the same UIDs across exports, so importing again updates events', () => {
    const again = parse(toICalendar(calendarEvents(plan('A renamed goal'), '2026-11-23'), new Date('2026-11-23T10:00:00Z')));
    assert.deepEqual(again.map((event) => event.uid).sort(), events.map((event) => event.uid).sort());
  });

  it('writes CRLF lines of at most 75 octets', () => {
    assert.ok(text.endsWith('\r\n'));
    for (const line of text.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, line);
    assert.ok(!/[^\r]\n/.test(text));
  });

  it('folds long lines without splitting a character', () => {
    const line = `SUMMARY:${'é🚀'.repeat(40)}`;
    const folded = fold(line);
    assert.equal(folded.split('\r\n ').join(''), line);
    for (const part of folded.split('\r\n')) assert.ok(new TextEncoder().encode(part).length <= 75);
  });
});
