/**
 * What the plan's vocabularies mean, in words a person reads in a form or on the dashboard.
 * Keyed by the values the files hold, so every label exists for every value (the type says so).
 */
import type {
  BreakType,
  CareerStage,
  FailureMode,
  Pillar,
  PriorityScores,
  RubricDimension,
  RutScenario,
  SuccessMarker,
} from '../schema';

export interface Described {
  readonly label: string;
  readonly help: string;
}

export const RUT_LABELS: Record<RutScenario, Described> = {
  'not-challenged': { label: 'Not challenged', help: 'Most days bring the same kind of work, such as fixing one bug after another.' },
  'not-recognised': { label: 'Not recognised', help: 'Good work goes unseen, or someone else gets the credit for it.' },
  'no-impact': { label: 'Not making an impact', help: 'You cannot see how your work moves the business forward.' },
  'falling-behind': { label: 'Not keeping up', help: 'Tools and practices move on faster than you do.' },
  'not-excited': { label: 'Not excited any more', help: 'Writing code has lost its pull, and other roles look more interesting.' },
};

/** Typical ways out of each rut; a person picks the ones that fit and turns them into goals. */
export const RUT_OPTIONS: Record<RutScenario, readonly string[]> = {
  'not-challenged': [
    'Build the internal tool the team keeps wishing for',
    'Automate a manual chore that eats everyone’s time',
    'Rework a tool that people complain about',
  ],
  'not-recognised': [
    'Give a brown-bag talk for people outside engineering',
    'Invite someone from another company to speak',
    'Explain the work behind a recent feature at an internal event',
  ],
  'no-impact': [
    'Learn which numbers drive the business, e.g. from a value driver tree',
    'Ask someone in strategy or analytics to walk you through what drives revenue',
    'Speed up delivery for everyone, e.g. by improving the release pipeline',
  ],
  'falling-behind': [
    'Block regular time in the week for learning',
    'Contribute to an open-source project',
    'Start a side project with a technology you want to learn',
  ],
  'not-excited': [
    'Spend time with people in other roles to learn what their work is like',
    'Go to meetups and industry events to see what is out there',
    'Volunteer for work in a role you are curious about',
  ],
};

export const SUCCESS_MARKER_LABELS: Record<SuccessMarker, Described> = {
  'technical-mastery': { label: 'Technical mastery', help: 'Being the person others ask about a technology or a domain.' },
  'business-impact': { label: 'Business impact', help: 'Work that visibly moves the numbers the business cares about.' },
  recognition: { label: 'Recognition', help: 'Your work being seen and valued, inside and outside the team.' },
  innovation: { label: 'Innovation', help: 'Making something that did not exist before.' },
  mentorship: { label: 'Mentorship', help: 'Helping other people grow.' },
};

export const STAGE_LABELS: Record<CareerStage, Described> = {
  'before-senior': { label: 'Before senior', help: 'Technical skill weighs most: deliver reliably, learn fast, ask for help early.' },
  senior: { label: 'Senior', help: 'Relationships join in: lead projects, grow your peers, get work done through others.' },
  'past-senior': { label: 'Past senior', help: 'Influence weighs most: set direction across teams and be known for it.' },
};

export const PILLAR_LABELS: Record<Pillar, Described> = {
  technical: { label: 'Technical', help: 'You have the skills and turn them into results that matter.' },
  relationships: { label: 'Relationships', help: 'You build the network of people that lets work succeed together.' },
  influence: { label: 'Influence', help: 'You persuade, bring people into line behind an idea and see it through.' },
};

/** The traps of each stage, and the stage where they tend to show. */
export const FAILURE_MODE_LABELS: Record<FailureMode, Described & { readonly stage: CareerStage }> = {
  hoarder: { stage: 'senior', label: 'Hoarder', help: 'Keeps the hardest work instead of handing parts of it on.' },
  'brilliant-jerk': { stage: 'senior', label: 'Brilliant jerk', help: 'Strong skills undone by how other people are treated.' },
  'people-pleaser': { stage: 'senior', label: 'People-pleaser', help: 'Too nice to hold anyone to account.' },
  'tunnel-vision': { stage: 'senior', label: 'Tunnel vision', help: 'Does not see how the work serves the wider organisation.' },
  bottleneck: { stage: 'senior', label: 'Bottleneck', help: 'Part of everything, stretched thin; busy stands in for progress.' },
  rambler: { stage: 'past-senior', label: 'Rambler', help: 'Has the right idea but loses the audience explaining it.' },
  agitator: { stage: 'past-senior', label: 'Agitator', help: 'Loses composure when things are unclear.' },
  vacillator: { stage: 'past-senior', label: 'Vacillator', help: 'Puts off the hard decisions.' },
  egotist: { stage: 'past-senior', label: 'Egotist', help: 'Puts their own views and interests first.' },
  impercipient: { stage: 'past-senior', label: 'Impercipient', help: 'Misses the mood of the room.' },
  tactician: { stage: 'past-senior', label: 'Tactician', help: 'Wins the next few weeks and loses the long-term direction.' },
};

export const RUBRIC_LABELS: Record<RubricDimension, Described> = {
  confidence: { label: 'Confidence', help: 'How sure you feel taking this kind of work on.' },
  competence: { label: 'Competence', help: 'How well you can actually do it.' },
  impact: { label: 'Impact', help: 'How much difference your work here makes to others.' },
  clarity: { label: 'Clarity', help: 'How clearly you see what to do next, and why.' },
};

export const PRIORITY_LABELS: Record<keyof PriorityScores, Described> = {
  impact: { label: 'Impact', help: 'How much it matters. Counts the most.' },
  effort: { label: 'Effort', help: 'How much work it takes. More effort lowers the score.' },
  reusability: { label: 'Reusability', help: 'Whether it helps beyond a single team.' },
  learnings: { label: 'Learnings', help: 'How much you will learn doing it.' },
};

export const BREAK_LABELS: Record<BreakType, Described> = {
  'time-off': { label: 'Time off', help: 'Days away from work, long enough to really switch off.' },
  'rest-day': { label: 'Rest day', help: 'A single day to recover.' },
  'reflection-day': { label: 'Reflection day', help: 'A day to step back and rethink the plan.' },
};

/** Options for a choice, from one of the maps above, in the vocabulary's order. */
export function optionsOf<K extends string>(values: readonly K[], labels: Record<K, Described>): { value: K; label: string; help: string }[] {
  return values.map((value) => ({ value, label: labels[value].label, help: labels[value].help }));
}
