import * as l10n from '@vscode/l10n';
import * as z from 'zod';
import { serviceSchema } from '../schema';
import { SERVICE_TYPES, untriedServiceTypes, type ServiceType } from '../vocabulary';
import { defineForm, newRecord } from './form';
import { SERVICE_LABELS, optionsOf } from './labels';

const { shape } = serviceSchema;
const hours = z
  .string()
  .trim()
  .regex(/^\d{1,3}([.,]\d+)?$/, { error: () => l10n.t('Write a number of hours, for example 3.') })
  .transform((text) => Number(text.replace(',', '.')))
  .optional();
const schema = z.object({
  type: shape.type,
  title: shape.title.max(200, { error: () => l10n.t('Keep it to {0} characters; the details go into the file.', 200) }),
  date: shape.date,
  who: shape.who,
  hours,
});

/** Something done for others: mentoring, the chores nobody picks up, helping, community work. */
export const serviceForm = defineForm({
  id: 'service',
  title: () => l10n.t('Log Service to Others'),
  summary: () => l10n.t('Note something you did for others: it counts, and the brag document shows it'),
  intro: () => l10n.t('Helping others grow and doing the work nobody else picks up is part of your growth. Note it while you remember.'),
  schema,
  fields: (context) => [
    {
      kind: 'choice',
      name: 'type',
      label: l10n.t('What kind of help?'),
      options: withUntried(
        optionsOf(SERVICE_TYPES, SERVICE_LABELS),
        context.plan.services().map((entry) => entry.data.type),
      ),
    },
    { kind: 'text', name: 'title', label: l10n.t('What did you do?'), maxLength: 200 },
    { kind: 'date', name: 'date', label: l10n.t('When? (YYYY-MM-DD)') },
    { kind: 'text', name: 'who', label: l10n.t('For whom?') },
    { kind: 'text', name: 'hours', label: l10n.t('How many hours did it take?') },
  ],
  initial: (context) => ({ type: 'helping', date: context.today }),
  check: (data, context) =>
    data.date > context.today ? [{ field: 'date', message: l10n.t('Pick today or an earlier day: this is for what you have done.') }] : [],
  output: (data) => ({
    create: newRecord('service', `${data.date}-${data.title}`, 'service', {
      date: data.date,
      title: data.title,
      type: data.type,
      who: data.who,
      hours: data.hours,
    }),
    edits: [],
  }),
});

/** Once something is logged, the ways not tried yet say so: the log suggests what to try next. */
function withUntried<T extends { value: ServiceType; help: string }>(options: readonly T[], tried: readonly ServiceType[]): T[] {
  if (tried.length === 0) return [...options];
  const untried = new Set(untriedServiceTypes(tried));
  return options.map((option) => (untried.has(option.value) ? { ...option, help: l10n.t('Not tried yet. {0}', option.help) } : option));
}
