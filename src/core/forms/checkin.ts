import * as z from 'zod';
import { addWeeks } from '../dates';
import { SCHEMA_VERSION, checkinSchema } from '../schema';
import { compact, defineForm, section } from './form';

const schema = checkinSchema.pick({ mentor: true, actions: true, next: true }).extend({
  /** What was talked about: written below the front matter. */
  notes: z.string().optional(),
});

/** Notes from a mentor check-in, the actions agreed, and when to meet again. */
export const checkinForm = defineForm({
  id: 'checkin',
  title: 'Mentor Check-in',
  summary: 'Note what you and your mentor talked about and what you will do next',
  intro: 'Meet your mentor every four to six weeks. Write down what you talked about while it is fresh, and the actions you agreed on.',
  schema,
  fields: () => [
    { kind: 'text', name: 'mentor', label: 'Mentor', placeholder: 'Their name' },
    { kind: 'long-text', name: 'notes', label: 'What did you talk about?' },
    { kind: 'text-list', name: 'actions', label: 'What will you do before the next check-in?', itemLabel: 'Action', placeholder: 'e.g. Ask the ledger team for a design review' },
    { kind: 'date', name: 'next', label: 'Next check-in', help: 'Agree on a date before you part.' },
  ],
  initial: (context) => {
    return { mentor: context.plan.profile()?.data.mentor, next: addWeeks(context.today, context.checkinWeeks) };
  },
  check: (data, context) => (data.next && data.next <= context.today ? [{ field: 'next', message: 'Pick a day after today.' }] : []),
  output: (data, context) => {
    const profile = context.plan.profile();
    return {
      create: {
        folder: 'checkins',
        name: context.today,
        data: compact({ kind: 'checkin', schema: SCHEMA_VERSION, date: context.today, mentor: data.mentor, actions: data.actions, next: data.next }),
        body: section('What we talked about', data.notes),
      },
      // A plan without a mentor gets this one, so reminders can name them.
      edits: profile && !profile.data.mentor ? [{ path: profile.path, edits: [{ op: 'set', path: ['mentor'], value: data.mentor }] }] : [],
    };
  },
});
