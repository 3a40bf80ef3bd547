import * as assert from 'node:assert/strict';
import ICAL from 'ical.js';
import type { CadenceSettings } from '../../src/core/cadence';
import { addMonths, fixedClock } from '../../src/core/dates';
import { GrowthIndex } from '../../src/core/growthIndex';
import { calendarEvents, escapeText, fold, toICalendar } from '../../src/core/ics';

const SETTINGS: CadenceSettings = { reviewCadence: 'monthly', checkinWeeks: 4, soonDays: 7 };
const NOW = '2026-11-22T09:30:00Z';

const AWKWARD = 'Load test at 3× peak — 🚀, fast; really \\ no kidding, and then some more words so the line has to fold';

function plan(goalTitle = 'Ship the refunds redesign, phase 1; all markets'): GrowthIndex {
  const index = new GrowthIndex();
  index.set(
    'growth/profile.md',
    [
      '---',
      'kind: profile',
      'schema: 1',
      'currentLevel: II',
      'targetLevel: Senior',
      'track: ic',
      'mentor: Priya Nair',
      'northStar:',
      '  statement: S',
      'cadence:',
      '  review: biweekly',
      '  checkinWeeks: 5',
      'coreConcepts:',
      '  - {name: "Idempotency keys, in depth", learned: 2026-11-01, reviewed: [2026-11-02, 2026-11-05, 2026-11-12]}',
      '---',
      '',
    ].join('\n'),
  );
  index.set('growth/reviews/2026-11-08.md', '---\nkind: review\nschema: 1\ndate: 2026-11-08\nonTrack: yes\n---\n');
  index.set('growth/reviews/2026-10-25.md', '---\nkind: review\nschema: 1\ndate: 2026-10-25\nonTrack: yes\n---\n');
  index.set('growth/checkins/2026-10-28.md', '---\nkind: checkin\nschema: 1\ndate: 2026-10-28\nmentor: Priya Nair\nnext: 2026-12-02\n---\n');
  index.set(
    'growth/goals/refunds.md',
    [
      '---',
      'kind: goal',
      'schema: 1',
      `title: ${JSON.stringify(goalTitle)}`,
      'horizon: short',
      'status: active',
      'horizonStart: 2026-10-01',
      'milestones:',
      `  - {id: load, title: ${JSON.stringify(AWKWARD)}, doneWhen: "p99 < 2 s", due: 2026-11-25, status: active}`,
      '  - {id: old, title: Done one, due: 2026-11-01, status: done}',
      '  - {id: late, title: Overdue one, due: 2026-11-10, status: active}',
      '---',
      '',
    ].join('\n'),
  );
  index.set('growth/breaks/winter.md', '---\nkind: break\nschema: 1\ntype: time-off\nstart: 2026-12-22\nend: 2027-01-02\ncommitted: true\n---\n');
  index.set('growth/breaks/summer.md', '---\nkind: break\nschema: 1\ntype: time-off\nstart: 2026-07-01\nend: 2026-07-10\ncommitted: true\n---\n');
  return index;
}

function exportAt(index: GrowthIndex, now = NOW, settings = SETTINGS): string {
  const clock = fixedClock(now);
  return toICalendar(calendarEvents(index, { clock, timeZone: 'UTC', settings }), clock.now());
}

function parse(text: string): { calendar: ICAL.Component; events: Map<string, ICAL.Event> } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  return { calendar, events: new Map(events.map((event) => [event.uid, event])) };
}

/** The first `count` occurrences of a recurring event, as dates. */
function occurrences(event: ICAL.Event, count: number): string[] {
  const iterator = event.iterator();
  const dates: string[] = [];
  for (let next = iterator.next(); next && dates.length < count; next = iterator.next()) dates.push(next.toString());
  return dates;
}

describe('calendar export', () => {
  const text = exportAt(plan());
  const { calendar, events } = parse(text);

  it('parses with an independent iCalendar parser, with the calendar properties clients need', () => {
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    assert.equal(calendar.getFirstPropertyValue('prodid'), '-//DevGrowth//Growth plan//EN');
    assert.equal(calendar.getFirstPropertyValue('calscale'), 'GREGORIAN');
    assert.deepEqual([...events.keys()].sort(), [
      'break-winter@devgrowth',
      'checkin@devgrowth',
      'concept-idempotency-keys-in-depth@devgrowth',
      'horizon-refunds@devgrowth',
      'milestone-refunds-load@devgrowth',
      'review@devgrowth',
    ]);
  });

  it('stamps every event with the clock’s time', () => {
    for (const event of events.values()) assert.equal(event.component.getFirstPropertyValue('dtstamp')!.toString(), '2026-11-22T09:30:00Z');
  });

  it('repeats the review on the profile’s cadence (over the settings) from its next date', () => {
    const review = events.get('review@devgrowth')!;
    // The last review was on 8 November; every two weeks makes 22 November (today) the next.
    assert.deepEqual(occurrences(review, 3), ['2026-11-22', '2026-12-06', '2026-12-20']);
    assert.equal(review.component.getFirstPropertyValue('rrule')!.toString(), 'FREQ=WEEKLY;INTERVAL=2');
  });

  it('repeats mentor check-ins every few weeks from the date agreed at the last one', () => {
    const checkin = events.get('checkin@devgrowth')!;
    assert.equal(checkin.summary, 'Mentor check-in with Priya Nair');
    assert.deepEqual(occurrences(checkin, 3), ['2026-12-02', '2027-01-06', '2027-02-10']);
  });

  it('uses the settings when the profile names no cadence', () => {
    const index = plan();
    index.set('growth/profile.md', '---\nkind: profile\nschema: 1\ncurrentLevel: II\ntargetLevel: Senior\ntrack: ic\nnorthStar:\n  statement: S\n---\n');
    const { events: fromSettings } = parse(exportAt(index));
    assert.equal(fromSettings.get('review@devgrowth')!.component.getFirstPropertyValue('rrule')!.toString(), 'FREQ=MONTHLY');
    assert.equal(fromSettings.get('checkin@devgrowth')!.component.getFirstPropertyValue('rrule')!.toString(), 'FREQ=WEEKLY;INTERVAL=4');
    assert.equal(fromSettings.get('checkin@devgrowth')!.summary, 'Mentor check-in');
  });

  it('never skips a month with a monthly review late in the month', () => {
    const monthlyFrom = (lastReview: string, now: string) => {
      const index = new GrowthIndex();
      index.set(`growth/reviews/${lastReview}.md`, `---\nkind: review\nschema: 1\ndate: ${lastReview}\nonTrack: yes\n---\n`);
      return occurrences(parse(exportAt(index, now)).events.get('review@devgrowth')!, 4);
    };
    // From the 31st: the last day of every month, as the schedule's own dates are.
    assert.deepEqual(monthlyFrom('2026-12-31', '2027-01-02T09:00:00Z'), [1, 2, 3, 4].map((months) => addMonths('2026-12-31', months)));
    // From the 30th: the last day of the month, a day late in months of 31 days, never a month missed.
    assert.deepEqual(monthlyFrom('2026-12-30', '2027-01-02T09:00:00Z'), ['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']);
    assert.deepEqual(monthlyFrom('2026-12-10', '2027-01-02T09:00:00Z'), ['2027-01-10', '2027-02-10', '2027-03-10', '2027-04-10']);
  });

  it('adds open milestones from today on as all-day events, with awkward titles intact', () => {
    const milestone = events.get('milestone-refunds-load@devgrowth')!;
    assert.equal(milestone.summary, `Due: ${AWKWARD}`);
    assert.equal(milestone.description, 'Goal: Ship the refunds redesign, phase 1; all markets\nDone when: p99 < 2 s');
    assert.equal(milestone.startDate.isDate, true);
    assert.equal(milestone.startDate.toString(), '2026-11-25');
    assert.equal(milestone.endDate.toString(), '2026-11-26', 'DTEND is the day after, exclusive');
    assert.equal(events.has('milestone-refunds-old@devgrowth'), false, 'done');
    assert.equal(events.has('milestone-refunds-late@devgrowth'), false, 'already past');
  });

  it('adds planned time off over its whole span, and leaves out time off already taken', () => {
    const winter = events.get('break-winter@devgrowth')!;
    assert.equal(winter.summary, 'Time off');
    assert.equal(winter.startDate.toString(), '2026-12-22');
    assert.equal(winter.endDate.toString(), '2027-01-03');
    assert.equal(events.has('break-summer@devgrowth'), false);
  });

  it('adds the next repetition of each core concept and the end of each 90-day horizon', () => {
    // Learned 1 Nov, reviewed three times (last on 12 Nov): the next step is 14 days on.
    const concept = events.get('concept-idempotency-keys-in-depth@devgrowth')!;
    assert.equal(concept.summary, 'Revisit Idempotency keys, in depth');
    assert.equal(concept.startDate.toString(), '2026-11-26');
    const horizon = events.get('horizon-refunds@devgrowth')!;
    assert.equal(horizon.startDate.toString(), '2026-12-30');
  });

  it('keeps the same UIDs across exports, so importing again updates events instead of adding them', () => {
    const again = parse(exportAt(plan('A renamed goal'), '2026-11-23T10:00:00Z')).events;
    assert.deepEqual([...again.keys()].sort(), [...events.keys()].sort());
    assert.equal(again.get('milestone-refunds-load@devgrowth')!.component.getFirstPropertyValue('dtstamp')!.toString(), '2026-11-23T10:00:00Z');
  });

  it('writes CRLF lines of at most 75 octets, and nothing else', () => {
    assert.ok(text.endsWith('\r\n'));
    assert.ok(!/[^\r]\n/.test(text), 'every line break is CRLF');
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
    assert.ok(text.split('\r\n').some((line) => line.startsWith(' ')), 'the long summary was folded');
  });

  it('folds long lines without splitting a multi-byte character', () => {
    for (const line of [`SUMMARY:${'é🚀'.repeat(40)}`, `SUMMARY:${'x'.repeat(73)}🚀🚀`, `DESCRIPTION:${'日本語'.repeat(30)}`]) {
      const folded = fold(line);
      assert.equal(folded.split('\r\n ').join(''), line);
      for (const part of folded.split('\r\n')) {
        const bytes = Buffer.from(part, 'utf8');
        assert.ok(bytes.length <= 75);
        // A split character would not survive a round trip through its own bytes.
        assert.equal(new TextDecoder('utf-8', { fatal: true }).decode(bytes), part);
      }
    }
    assert.equal(fold('SUMMARY:short'), 'SUMMARY:short');
  });

  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    assert.equal(escapeText('a\\b;c,d\ne\r\nf'), 'a\\\\b\\;c\\,d\\ne\\nf');
    const unfolded = text.replace(/\r\n /g, '');
    assert.ok(unfolded.includes(`SUMMARY:Due: Load test at 3× peak — 🚀\\, fast\\; really \\\\ no kidding\\, and then some more words so the line has to fold\r\n`));
  });
});
