import * as l10n from '@vscode/l10n';
import * as z from 'zod';
import { addWeeks } from '../dates';
import { checkinSchema } from '../schema';
import { defineForm, newRecord, section } from './form';
import { longText } from './fields';

const schema = checkinSchema.pick({ mentor: true, actions: true, next: true }).extend({
  /** What was talked about: written below the front matter. */
  notes: z.string().optional(),
});

/** Notes from a mentor check-in, the actions agreed, and when to meet again. */
export const checkinForm = defineForm({
  id: 'checkin',
  title: () => l10n.t('Mentor Check-in'),
  summary: () => l10n.t('Note what you and your mentor talked about and what you will do next'),
  intro: () =>
    l10n.t('Meet your mentor every four to six weeks. Write down what you talked about while it is fresh, and the actions you agreed on.'),
  schema,
  suggests: ['checkin-action'],
  fields: () => [
    { kind: 'text', name: 'mentor', label: l10n.t('Mentor'), placeholder: l10n.t('Their name') },
    longText('notes', l10n.t('What did you talk about?')),
    {
      kind: 'text-list',
      name: 'actions',
      label: l10n.t('What will you do before the next check-in?'),
      itemLabel: l10n.t('Action'),
      addLabel: l10n.t('Add action'),
      placeholder: l10n.t('e.g. Ask the ledger team for a design review'),
    },
    { kind: 'date', name: 'next', label: l10n.t('Next check-in'), help: l10n.t('Agree on a date before you part.') },
  ],
  initial: (context) => {
    return { mentor: context.plan.profile()?.data.mentor, next: addWeeks(context.today, context.checkinWeeks) };
  },
  check: (data, context) =>
    data.next && data.next <= context.today ? [{ field: 'next', message: l10n.t('Pick a day after today.') }] : [],
  output: (data, context) => {
    const profile = context.plan.profile();
    return {
      create: newRecord(
        'checkins',
        context.today,
        'checkin',
        { date: context.today, mentor: data.mentor, actions: data.actions, next: data.next },
        section(l10n.t('What we talked about'), data.notes),
      ),
      // A plan without a mentor gets this one, so reminders can name them.
      edits: profile && !profile.data.mentor ? [{ path: profile.path, edits: [{ op: 'set', path: ['mentor'], value: data.mentor }] }] : [],
    };
  },
});
