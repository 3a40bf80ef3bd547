/**
 * What the plan's vocabularies mean, in words a person reads in a form or on the dashboard.
 * Keyed by the values the files hold, so every label exists for every value (the type says so).
 * The texts are read in the user's language each time they are used, never at load time.
 */
import * as l10n from '@vscode/l10n';
import type {
  BreakType,
  CareerStage,
  FailureMode,
  Pillar,
  PriorityScores,
  RubricDimension,
  RutScenario,
  ServiceType,
  SuccessMarker,
} from '../schema';

export interface Described {
  readonly label: string;
  readonly help: string;
}

function described(label: () => string, help: () => string): Described {
  return {
    get label() {
      return label();
    },
    get help() {
      return help();
    },
  };
}

/** A trap, and the stage where it tends to show. */
function trap(stage: CareerStage, label: () => string, help: () => string): Described & { readonly stage: CareerStage } {
  return Object.assign(described(label, help), { stage });
}

export const RUT_LABELS: Record<RutScenario, Described> = {
  'not-challenged': described(() => l10n.t('Not challenged'), () => l10n.t('Most days bring the same kind of work, such as fixing one bug after another.')),
  'not-recognised': described(() => l10n.t('Not recognised'), () => l10n.t('Good work goes unseen, or someone else gets the credit for it.')),
  'no-impact': described(() => l10n.t('Not making an impact'), () => l10n.t('You cannot see how your work moves the business forward.')),
  'falling-behind': described(() => l10n.t('Not keeping up'), () => l10n.t('Tools and practices move on faster than you do.')),
  'not-excited': described(() => l10n.t('Not excited any more'), () => l10n.t('Writing code has lost its pull, and other roles look more interesting.')),
};

/** Typical ways out of each rut; a person picks the ones that fit and turns them into goals. */
export const RUT_OPTIONS: Record<RutScenario, readonly string[]> = {
  get 'not-challenged'() {
    return [
      l10n.t('Build the internal tool the team keeps wishing for'),
      l10n.t('Automate a manual chore that eats everyone’s time'),
      l10n.t('Rework a tool that people complain about'),
    ];
  },
  get 'not-recognised'() {
    return [
      l10n.t('Give a brown-bag talk for people outside engineering'),
      l10n.t('Invite someone from another company to speak'),
      l10n.t('Explain the work behind a recent feature at an internal event'),
    ];
  },
  get 'no-impact'() {
    return [
      l10n.t('Learn which numbers drive the business, e.g. from a value driver tree'),
      l10n.t('Ask someone in strategy or analytics to walk you through what drives revenue'),
      l10n.t('Speed up delivery for everyone, e.g. by improving the release pipeline'),
    ];
  },
  get 'falling-behind'() {
    return [
      l10n.t('Block regular time in the week for learning'),
      l10n.t('Contribute to an open-source project'),
      l10n.t('Start a side project with a technology you want to learn'),
    ];
  },
  get 'not-excited'() {
    return [
      l10n.t('Spend time with people in other roles to learn what their work is like'),
      l10n.t('Go to meetups and industry events to see what is out there'),
      l10n.t('Volunteer for work in a role you are curious about'),
    ];
  },
};

export const SUCCESS_MARKER_LABELS: Record<SuccessMarker, Described> = {
  'technical-mastery': described(() => l10n.t('Technical mastery'), () => l10n.t('Being the person others ask about a technology or a domain.')),
  'business-impact': described(() => l10n.t('Business impact'), () => l10n.t('Work that visibly moves the numbers the business cares about.')),
  recognition: described(() => l10n.t('Recognition'), () => l10n.t('Your work being seen and valued, inside and outside the team.')),
  innovation: described(() => l10n.t('Innovation'), () => l10n.t('Making something that did not exist before.')),
  mentorship: described(() => l10n.t('Mentorship'), () => l10n.t('Helping other people grow.')),
};

export const STAGE_LABELS: Record<CareerStage, Described> = {
  'before-senior': described(() => l10n.t('Before senior'), () => l10n.t('Technical skill weighs most: deliver reliably, learn fast, ask for help early.')),
  senior: described(() => l10n.t('Senior'), () => l10n.t('Relationships join in: lead projects, grow your peers, get work done through others.')),
  'past-senior': described(() => l10n.t('Past senior'), () => l10n.t('Influence weighs most: set direction across teams and be known for it.')),
};

export const PILLAR_LABELS: Record<Pillar, Described> = {
  technical: described(() => l10n.t('Technical'), () => l10n.t('You have the skills and turn them into results that matter.')),
  relationships: described(() => l10n.t('Relationships'), () => l10n.t('You build the network of people that lets work succeed together.')),
  influence: described(() => l10n.t('Influence'), () => l10n.t('You persuade, bring people into line behind an idea and see it through.')),
};

/** The traps of each stage, and the stage where they tend to show. */
export const FAILURE_MODE_LABELS: Record<FailureMode, Described & { readonly stage: CareerStage }> = {
  hoarder: trap('senior', () => l10n.t('Hoarder'), () => l10n.t('Keeps the hardest work instead of handing parts of it on.')),
  'brilliant-jerk': trap('senior', () => l10n.t('Brilliant jerk'), () => l10n.t('Strong skills undone by how other people are treated.')),
  'people-pleaser': trap('senior', () => l10n.t('People-pleaser'), () => l10n.t('Too nice to hold anyone to account.')),
  'tunnel-vision': trap('senior', () => l10n.t('Tunnel vision'), () => l10n.t('Does not see how the work serves the wider organisation.')),
  bottleneck: trap('senior', () => l10n.t('Bottleneck'), () => l10n.t('Part of everything, stretched thin; busy stands in for progress.')),
  rambler: trap('past-senior', () => l10n.t('Rambler'), () => l10n.t('Has the right idea but loses the audience explaining it.')),
  agitator: trap('past-senior', () => l10n.t('Agitator'), () => l10n.t('Loses composure when things are unclear.')),
  vacillator: trap('past-senior', () => l10n.t('Vacillator'), () => l10n.t('Puts off the hard decisions.')),
  egotist: trap('past-senior', () => l10n.t('Egotist'), () => l10n.t('Puts their own views and interests first.')),
  impercipient: trap('past-senior', () => l10n.t('Impercipient'), () => l10n.t('Misses the mood of the room.')),
  tactician: trap('past-senior', () => l10n.t('Tactician'), () => l10n.t('Wins the next few weeks and loses the long-term direction.')),
};

export const RUBRIC_LABELS: Record<RubricDimension, Described> = {
  confidence: described(() => l10n.t('Confidence'), () => l10n.t('How sure you feel taking this kind of work on.')),
  competence: described(() => l10n.t('Competence'), () => l10n.t('How well you can actually do it.')),
  impact: described(() => l10n.t('Impact'), () => l10n.t('How much difference your work here makes to others.')),
  clarity: described(() => l10n.t('Clarity'), () => l10n.t('How clearly you see what to do next, and why.')),
};

export const PRIORITY_LABELS: Record<keyof PriorityScores, Described> = {
  impact: described(() => l10n.t('Impact'), () => l10n.t('How much it matters. Counts the most.')),
  effort: described(() => l10n.t('Effort'), () => l10n.t('How much work it takes. More effort lowers the score.')),
  reusability: described(() => l10n.t('Reusability'), () => l10n.t('Whether it helps beyond a single team.')),
  learnings: described(() => l10n.t('Learnings'), () => l10n.t('How much you will learn doing it.')),
};

export const BREAK_LABELS: Record<BreakType, Described> = {
  'time-off': described(() => l10n.t('Time off'), () => l10n.t('Days away from work, long enough to really switch off.')),
  'rest-day': described(() => l10n.t('Rest day'), () => l10n.t('A single day to recover.')),
  'reflection-day': described(() => l10n.t('Reflection day'), () => l10n.t('A day to step back and rethink the plan.')),
};

export const SERVICE_LABELS: Record<ServiceType, Described> = {
  mentoring: described(() => l10n.t('Mentoring someone'), () => l10n.t('Helping someone grow, over more than one conversation.')),
  'mundane-work': described(() => l10n.t('Important work nobody else picked up'), () => l10n.t('The chores that keep a team going: docs, flaky tests, upgrades.')),
  helping: described(() => l10n.t('Helping a colleague or another team'), () => l10n.t('Unblocking someone, reviewing, pairing, answering questions.')),
  community: described(() => l10n.t('Community work: meetups, open source, volunteering'), () => l10n.t('Giving back beyond your own company.')),
};

/** Options for a choice, from one of the maps above, in the vocabulary's order. */
export function optionsOf<K extends string>(values: readonly K[], labels: Record<K, Described>): { value: K; label: string; help: string }[] {
  return values.map((value) => ({ value, label: labels[value].label, help: labels[value].help }));
}
