import * as l10n from '@vscode/l10n';
import * as z from 'zod';
import { addDays, addMonths } from '../dates';
import { breakSchema } from '../schema';
import { BREAK_TYPES } from '../vocabulary';
import { ALWAYS, defineForm, newRecord, section } from './form';
import { choiceOf, longText, yesNo } from './fields';
import { BREAK_LABELS } from './labels';

const { shape } = breakSchema;
// zod cannot pick from a schema with a cross-field rule, so the fields are taken one by one;
// the file's own rule (end on or after start) is checked again on the file before it is written.
const schema = z
  .object({ type: shape.type, start: shape.start, end: shape.end, committed: shape.committed, notes: z.string().optional() })
  .superRefine((data, context) => {
    if (data.end < data.start)
      context.addIssue({ code: 'custom', path: ['end'], message: l10n.t('The last day cannot come before the first day.') });
  }, ALWAYS);

/** Time off, a rest day or a reflection day, with dates: a break in the calendar is one that happens. */
export const breakForm = defineForm({
  id: 'break',
  title: () => l10n.t('Plan a Break'),
  summary: () => l10n.t('Put time off, a rest day or a reflection day in the calendar'),
  intro: () =>
    l10n.t('Rest is part of the plan, not a reward for finishing it. Pick the dates now: aim for time off within the next three months.'),
  schema,
  suggests: ['break-planned'],
  fields: () => [
    choiceOf('type', l10n.t('What kind of break?'), BREAK_TYPES, BREAK_LABELS),
    { kind: 'date', name: 'start', label: l10n.t('First day') },
    { kind: 'date', name: 'end', label: l10n.t('Last day') },
    yesNo('committed', l10n.t('Is it booked?'), {
      help: l10n.t('In your calendar and agreed with your team. DevGrowth keeps reminding you until it is.'),
    }),
    longText('notes', l10n.t('How will you make it a real break?'), { placeholder: l10n.t('e.g. Laptop stays at the office.') }),
  ],
  initial: (context) => {
    const start = addMonths(context.today, 1);
    return { type: 'time-off', start, end: addDays(start, 4) };
  },
  check: (data, context) => (data.start < context.today ? [{ field: 'start', message: l10n.t('Pick today or a day after it.') }] : []),
  output: (data) => ({
    create: newRecord(
      'breaks',
      `${data.start}-${data.type}`,
      'break',
      { type: data.type, start: data.start, end: data.end, committed: data.committed },
      section(l10n.t('Making it a real break'), data.notes),
    ),
    edits: [],
  }),
});
