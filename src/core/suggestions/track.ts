/**
 * The career-track table: suggestions that follow the profile's `track`. The individual
 * contributor's paths (staff or principal engineer, architect, site reliability, developer
 * advocate, leading without reports; talks, a hackathon, writing, learning from others' code),
 * the manager's (one-to-ones, hiring, growing a team), a way to try both while the choice is
 * open, and each of the ten ways of serving others the plan has not tried yet.
 *
 * Every entry proposes a goal whose target has a number, so its progress can be drawn.
 */
import * as l10n from '@vscode/l10n';
import { SERVICE_TYPES, type Pillar, type ServiceType, type SuccessMarker } from '../vocabulary';
import type { SuggestionCondition, SuggestionEntry, SuggestionTable } from './suggestion';

/** impact, effort, reusability, learnings: the priority score's factors, 1 to 5. */
type Factors = readonly [number, number, number, number];

interface Draft {
  readonly title: string;
  readonly why: string;
  readonly goal: string;
  readonly metric: string;
  readonly target: string;
  readonly pillar: Pillar;
  readonly successMarker?: SuccessMarker;
  readonly factors: Factors;
}

function entry(id: string, answers: SuggestionCondition, draft: Draft): SuggestionEntry {
  const [impact, effort, reusability, learnings] = draft.factors;
  return {
    id,
    answers,
    title: draft.title,
    why: draft.why,
    proposal: {
      kind: 'goal',
      goal: {
        title: draft.goal,
        horizon: 'short',
        metric: draft.metric,
        target: draft.target,
        pillar: draft.pillar,
        ...(draft.successMarker ? { successMarker: draft.successMarker } : {}),
        suggestion: id,
      },
    },
    factors: { impact, effort, reusability, learnings },
  };
}

const ic = { kind: 'track', track: 'ic' } as const;
const management = { kind: 'track', track: 'management' } as const;
const undecided = { kind: 'track', track: 'undecided' } as const;

function trackEntries(): SuggestionEntry[] {
  return [
    entry('track-ic-staff', ic, {
      title: l10n.t('Find out what staff and principal engineers do here'),
      why: l10n.t(
        "The senior IC levels are defined differently at every company; rating yourself against your own company's words shows the gap.",
      ),
      goal: l10n.t('Rate myself against the staff engineer expectations with my manager'),
      metric: l10n.t('expectations rated together with my manager'),
      target: l10n.t('1 conversation'),
      pillar: 'influence',
      factors: [4, 2, 4, 4],
    }),
    entry('track-ic-architect', ic, {
      title: l10n.t('Lead the design of a system more than one team uses'),
      why: l10n.t('Architects are made by designing across team lines and getting the design agreed.'),
      goal: l10n.t('Get a design document for a shared system approved'),
      metric: l10n.t('design documents approved'),
      target: l10n.t('1 design document'),
      pillar: 'technical',
      successMarker: 'technical-mastery',
      factors: [5, 4, 4, 5],
    }),
    entry('track-ic-sre', ic, {
      title: l10n.t('Try site reliability: follow incidents through to the fix'),
      why: l10n.t('Owning what happens in production is a path of its own, and every team needs it.'),
      goal: l10n.t('Turn two incidents into fixes that stop them coming back'),
      metric: l10n.t('incident follow-ups shipped'),
      target: l10n.t('2 fixes'),
      pillar: 'technical',
      factors: [4, 3, 4, 4],
    }),
    entry('track-ic-advocate', ic, {
      title: l10n.t('Try developer advocacy: give a talk at a meetup'),
      why: l10n.t('Explaining your work to people outside the company is how advocates start, and it builds recognition.'),
      goal: l10n.t('Give a talk at a meetup'),
      metric: l10n.t('meetup talks given'),
      target: l10n.t('1 talk'),
      pillar: 'influence',
      successMarker: 'recognition',
      factors: [4, 3, 3, 4],
    }),
    entry('track-ic-conference', ic, {
      title: l10n.t('Submit a talk to a conference'),
      why: l10n.t('A conference talk reaches far beyond your team, and writing the proposal sharpens the idea.'),
      goal: l10n.t('Submit talk proposals to two conferences'),
      metric: l10n.t('conference proposals submitted'),
      target: l10n.t('2 proposals'),
      pillar: 'influence',
      successMarker: 'recognition',
      factors: [4, 3, 3, 3],
    }),
    entry('track-ic-hackathon', ic, {
      title: l10n.t('Run a hackathon'),
      why: l10n.t('Organising one shows you can lead people without managing them, and ideas come out of it.'),
      goal: l10n.t('Run a hackathon for my team or a community'),
      metric: l10n.t('hackathons run'),
      target: l10n.t('1 hackathon'),
      pillar: 'relationships',
      successMarker: 'innovation',
      factors: [3, 4, 3, 3],
    }),
    entry('track-ic-writing', ic, {
      title: l10n.t('Write about what you build'),
      why: l10n.t('Writing makes your work visible and forces you to understand it.'),
      goal: l10n.t('Publish three posts about my work'),
      metric: l10n.t('posts published'),
      target: l10n.t('3 posts'),
      pillar: 'influence',
      successMarker: 'recognition',
      factors: [3, 2, 4, 4],
    }),
    entry('track-ic-code-review', ic, {
      title: l10n.t("Learn by reviewing other people's code"),
      why: l10n.t('Reading code from other teams shows you other ways to solve problems, and the authors learn from your questions.'),
      goal: l10n.t('Review ten pull requests outside my team'),
      metric: l10n.t('reviews of pull requests outside my team'),
      target: l10n.t('10 reviews'),
      pillar: 'technical',
      successMarker: 'technical-mastery',
      factors: [3, 2, 3, 5],
    }),
    entry('track-ic-lead-without-reports', ic, {
      title: l10n.t('Lead without reports: mentor while you stay an IC'),
      why: l10n.t('Growing others is part of every senior IC role, with or without people reporting to you.'),
      goal: l10n.t('Mentor one engineer through a milestone of their own'),
      metric: l10n.t('engineers mentored through a milestone'),
      target: l10n.t('1 engineer'),
      pillar: 'relationships',
      successMarker: 'mentorship',
      factors: [4, 3, 3, 4],
    }),
    entry('track-management-one-to-ones', management, {
      title: l10n.t('Hold regular one-to-ones'),
      why: l10n.t('One-to-ones are where a manager learns what each person needs; regular ones build the trust the rest rests on.'),
      goal: l10n.t('Hold a one-to-one with each person every two weeks this quarter'),
      metric: l10n.t('one-to-ones held as planned'),
      target: l10n.t('90%'),
      pillar: 'relationships',
      factors: [5, 2, 3, 4],
    }),
    entry('track-management-hiring', management, {
      title: l10n.t('Take part in hiring'),
      why: l10n.t("The people a team hires shape it for years; interviewing well is a manager's skill to practise early."),
      goal: l10n.t('Run five interviews with written feedback'),
      metric: l10n.t('interviews run with written feedback'),
      target: l10n.t('5 interviews'),
      pillar: 'influence',
      factors: [4, 3, 4, 4],
    }),
    entry('track-management-grow-team', management, {
      title: l10n.t('Grow your team: a growth plan with each person'),
      why: l10n.t('A manager is measured by how the team grows; a written plan per person makes it visible.'),
      goal: l10n.t('Agree a growth plan with each person on the team'),
      metric: l10n.t('people on the team with a written growth plan'),
      target: l10n.t('100%'),
      pillar: 'relationships',
      successMarker: 'mentorship',
      factors: [5, 3, 3, 4],
    }),
    entry('track-undecided-try-leading', undecided, {
      title: l10n.t('Try leading before you choose: run a small project with two people'),
      why: l10n.t('Leading a project for a few weeks shows what management work feels like, without changing jobs.'),
      goal: l10n.t('Lead a small project with two people to its release'),
      metric: l10n.t('projects led to release'),
      target: l10n.t('1 project'),
      pillar: 'relationships',
      factors: [4, 3, 3, 5],
    }),
    entry('track-undecided-ask-both', undecided, {
      title: l10n.t('Ask a staff engineer and a manager what their week is like'),
      why: l10n.t('The two tracks run side by side; hearing both from people who live them makes the choice yours.'),
      goal: l10n.t('Talk to a staff engineer and an engineering manager about their work'),
      metric: l10n.t('conversations held'),
      target: l10n.t('2 conversations'),
      pillar: 'relationships',
      factors: [3, 1, 2, 4],
    }),
  ];
}

/** For each way of serving others, a goal that tries it, as a step toward making it a habit. */
const SERVICE_DRAFTS: Readonly<Record<ServiceType, () => Omit<Draft, 'metric' | 'target' | 'pillar'>>> = {
  mentoring: () => ({
    title: l10n.t('Mentor someone junior'),
    why: l10n.t('Mentoring helps someone grow and teaches you to explain what you know.'),
    goal: l10n.t('Mentor someone junior for a month'),
    successMarker: 'mentorship',
    factors: [4, 3, 3, 4],
  }),
  'non-profit': () => ({
    title: l10n.t('Work on a non-profit project'),
    why: l10n.t('Your skills are worth a lot to a cause that cannot pay for them.'),
    goal: l10n.t('Contribute to a non-profit project'),
    factors: [3, 3, 2, 3],
  }),
  'mundane-work': () => ({
    title: l10n.t('Pick up important work nobody owns'),
    why: l10n.t('Unglamorous work that matters is noticed by the people it helps.'),
    goal: l10n.t('Finish one piece of important work nobody owns'),
    factors: [3, 2, 3, 2],
  }),
  'career-development': () => ({
    title: l10n.t("Invest in a teammate's career"),
    why: l10n.t('Helping a colleague toward their goal is service and leadership at once.'),
    goal: l10n.t('Help a teammate with a step of their growth plan'),
    successMarker: 'mentorship',
    factors: [4, 2, 3, 3],
  }),
  improvement: () => ({
    title: l10n.t('Fix something inefficient: a process, a template, a script'),
    why: l10n.t('A small fix to something everyone uses saves time every day.'),
    goal: l10n.t('Improve one process, template or script the team uses'),
    successMarker: 'innovation',
    factors: [3, 2, 4, 3],
  }),
  helping: () => ({
    title: l10n.t('Give your time and knowledge'),
    why: l10n.t('An hour of your knowledge can save a colleague a day.'),
    goal: l10n.t('Offer office hours to another team'),
    factors: [3, 2, 3, 3],
  }),
  community: () => ({
    title: l10n.t('Volunteer at a community event'),
    why: l10n.t('Community events need hands, and you meet people outside your company.'),
    goal: l10n.t('Volunteer at a meetup or a conference'),
    factors: [3, 2, 2, 3],
  }),
  listening: () => ({
    title: l10n.t('Be a listening ear'),
    why: l10n.t('Someone having a hard time often needs to be heard more than advised.'),
    goal: l10n.t('Check in with a colleague who is having a hard time'),
    factors: [3, 1, 1, 2],
  }),
  'teaching-basics': () => ({
    title: l10n.t('Teach someone non-technical the basics'),
    why: l10n.t('What is obvious to you can open doors for someone else.'),
    goal: l10n.t('Teach someone non-technical a tool they struggle with'),
    factors: [2, 1, 2, 2],
  }),
  'workplace-issues': () => ({
    title: l10n.t('Help with an issue that matters at work'),
    why: l10n.t('Diversity and inclusion, and issues like it, move when people give them time.'),
    goal: l10n.t('Join a group working on an issue that matters at work'),
    factors: [4, 3, 3, 3],
  }),
};

function serviceEntries(): SuggestionEntry[] {
  return SERVICE_TYPES.map((type) =>
    entry(
      `service-${type}`,
      { kind: 'service-untried', type },
      { ...SERVICE_DRAFTS[type](), metric: l10n.t('times done'), target: l10n.t('1 time'), pillar: 'relationships' },
    ),
  );
}

/** The table: every entry, whatever the situation; the caller keeps those whose condition holds. */
export const trackTable: SuggestionTable = () => [...trackEntries(), ...serviceEntries()];
