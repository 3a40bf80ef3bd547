import * as z from 'zod';
import { addDays, addMonths } from '../dates';
import { BREAK_TYPES, SCHEMA_VERSION, breakSchema } from '../schema';
import { ALWAYS, compact, defineForm, section } from './form';
import { BREAK_LABELS, optionsOf } from './labels';

const { shape } = breakSchema;
// zod cannot pick from a schema with a cross-field rule, so the fields are taken one by one;
// the file's own rule (end on or after start) is checked again on the file before it is written.
const schema = z
  .object({ type: shape.type, start: shape.start, end: shape.end, committed: shape.committed, notes: z.string().optional() })
  .superRefine((data, context) => {
    if (data.end < data.start) context.addIssue({ code: 'custom', path: ['end'], message: 'The last day cannot come before the first day.' });
  }, ALWAYS);

/** Time off, a rest day or a reflection day, with dates: a break in the calendar is one that happens. */
export const breakForm = defineForm({
  id: 'break',
  title: 'Plan a Break',
  summary: 'Put time off, a rest day or a reflection day in the calendar',
  intro: 'Rest is part of the plan, not a reward for finishing it. Pick the dates now: aim for time off within the next three months.',
  schema,
  fields: () => [
    { kind: 'choice', name: 'type', label: 'What kind of break?', options: optionsOf(BREAK_TYPES, BREAK_LABELS) },
    { kind: 'date', name: 'start', label: 'First day' },
    { kind: 'date', name: 'end', label: 'Last day' },
    { kind: 'boolean', name: 'committed', label: 'Is it booked?', help: 'In your calendar and agreed with your team. DevGrowth keeps reminding you until it is.' },
    { kind: 'long-text', name: 'notes', label: 'How will you make it a real break?', placeholder: 'e.g. Laptop stays at the office.' },
  ],
  initial: (context) => {
    const start = addMonths(context.today, 1);
    return { type: 'time-off', start, end: addDays(start, 4) };
  },
  check: (data, context) => (data.start < context.today ? [{ field: 'start', message: 'Pick today or a day after it.' }] : []),
  output: (data) => ({
    create: {
      folder: 'breaks',
      name: `${data.start}-${data.type}`,
      data: compact({ kind: 'break', schema: SCHEMA_VERSION, type: data.type, start: data.start, end: data.end, committed: data.committed }),
      body: section('Making it a real break', data.notes),
    },
    edits: [],
  }),
});
