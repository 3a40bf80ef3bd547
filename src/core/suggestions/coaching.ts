/**
 * The coaching table: for every rut, trap, pillar and stage of the source material, and for the
 * answers of the self-assessment, the promotion check, reviews and rubric ratings, a next step
 * the user can take. Built per situation, so entries can name the user's own words.
 */
import * as l10n from '@vscode/l10n';
import { RUT_LABELS, RUT_OPTIONS } from '../forms/labels';
import type { PriorityScores } from '../schema';
import { priorityScore } from '../priority';
import { slugify } from '../slug';
import { RUT_SCENARIOS, type BreakType, type Pillar, type RutScenario, type SuccessMarker } from '../vocabulary';
import type {
  CheckinPartner,
  GoalChange,
  GoalPrefill,
  Proposal,
  Situation,
  SuggestionCondition,
  SuggestionEntry,
  SuggestionTable,
} from './suggestion';

/** impact, effort, reusability, learnings: the priority score's factors, 1 to 5. */
type Factors = readonly [number, number, number, number];

function factors([impact, effort, reusability, learnings]: Factors): PriorityScores {
  return { impact, effort, reusability, learnings };
}

/** A proposal, or one made for the entry's id (a new goal names the suggestion it answers). */
type ProposalFor = Proposal | ((id: string) => Proposal);

function entry(
  id: string,
  answers: SuggestionCondition,
  title: string,
  why: string,
  proposal: ProposalFor,
  scores: Factors,
): SuggestionEntry {
  return { id, answers, title, why, proposal: typeof proposal === 'function' ? proposal(id) : proposal, factors: factors(scores) };
}

/** A new goal with this title (and the rest of the prefill), answering the suggestion it is proposed by. */
function goal(title: string, prefill: Omit<GoalPrefill, 'title' | 'suggestion'> = {}): (id: string) => Proposal {
  return (id) => ({ kind: 'goal', goal: { title, horizon: 'short', ...prefill, suggestion: id } });
}

/** A milestone for a goal the user picks. */
function milestone(title: string, doneWhen?: string): Proposal {
  return { kind: 'milestone', milestone: doneWhen === undefined ? { title } : { title, doneWhen } };
}

/** A check-in whose first action is `topic`, with the person named when they are known. */
function talk(partner: CheckinPartner, topic: string, person?: string): Proposal {
  return { kind: 'checkin', with: partner, topic, ...(person ? { person } : {}) };
}

/** A change to the goal `goalId`. */
function change(goalId: string, what: GoalChange): Proposal {
  return { kind: 'goal-change', goal: goalId, change: what };
}

/** A break of this type. */
function rest(type: BreakType): Proposal {
  return { kind: 'break', type };
}

// ---- Ruts --------------------------------------------------------------------------------------

/** Stable ids of the rut options, in the order of RUT_OPTIONS. */
export const RUT_OPTION_IDS: Record<RutScenario, readonly string[]> = {
  'not-challenged': ['rut-internal-tool', 'rut-automate-chore', 'rut-rework-tool'],
  'not-recognised': ['rut-brown-bag', 'rut-invite-speaker', 'rut-explain-at-event'],
  'no-impact': ['rut-value-drivers', 'rut-strategy-walkthrough', 'rut-faster-delivery'],
  'falling-behind': ['rut-learning-time', 'rut-open-source', 'rut-side-project'],
  'not-excited': ['rut-other-roles', 'rut-meetups', 'rut-volunteer'],
};

const RUT_PILLAR: Record<RutScenario, Pillar> = {
  'not-challenged': 'technical',
  'not-recognised': 'influence',
  'no-impact': 'influence',
  'falling-behind': 'technical',
  'not-excited': 'relationships',
};

const RUT_MARKER: Partial<Record<RutScenario, SuccessMarker>> = {
  'not-challenged': 'innovation',
  'not-recognised': 'recognition',
  'no-impact': 'business-impact',
  'falling-behind': 'technical-mastery',
};

/** Recognition and impact take longer to show (seed 000), so their ways out rank a little lower on effort. */
const RUT_FACTORS: Record<RutScenario, Factors> = {
  'not-challenged': [4, 3, 4, 4],
  'not-recognised': [4, 2, 3, 3],
  'no-impact': [5, 3, 3, 4],
  'falling-behind': [3, 2, 2, 5],
  'not-excited': [4, 2, 2, 4],
};

function rutEntries(situation: Situation): SuggestionEntry[] {
  return RUT_SCENARIOS.flatMap((scenario) =>
    RUT_OPTIONS[scenario].map((option, index) => {
      const id = RUT_OPTION_IDS[scenario][index]!;
      const chosen = situation.chosenOptions.includes(option);
      const [impact, effort, reusability, learnings] = RUT_FACTORS[scenario];
      return entry(
        id,
        { kind: 'rut', scenario },
        option,
        chosen
          ? l10n.t('You chose this way out of "{0}".', RUT_LABELS[scenario].label)
          : l10n.t('A way out of "{0}".', RUT_LABELS[scenario].label),
        goal(option, {
          rut: scenario,
          pillar: RUT_PILLAR[scenario],
          ...(RUT_MARKER[scenario] ? { successMarker: RUT_MARKER[scenario] } : {}),
        }),
        // What the user chose comes first.
        [chosen ? 5 : impact, effort, reusability, learnings],
      );
    }),
  );
}

/** Ways out the user wrote themselves, or took from a rut they did not tick: each can become a goal too. */
function ownOptionEntries(situation: Situation): SuggestionEntry[] {
  const suggested = new Set(situation.ruts.flatMap((scenario) => RUT_OPTIONS[scenario]));
  const scenario = situation.ruts[0];
  if (!scenario) return [];
  return situation.chosenOptions
    .filter((option) => !suggested.has(option))
    .map((option) => {
      const id = `rut-own-${slugify(option, 40)}`;
      return entry(
        id,
        { kind: 'rut', scenario },
        option,
        l10n.t('Your own way out.'),
        goal(option, situation.ruts.length === 1 ? { rut: scenario } : {}),
        [5, 3, 3, 4],
      );
    });
}

/** A rut a review says has not eased: change the goal, switch the way out, talk, or rest. */
function notEasedEntries(situation: Situation): SuggestionEntry[] {
  return RUT_SCENARIOS.flatMap((scenario) => {
    const answers: SuggestionCondition = { kind: 'rut-not-eased', scenario };
    const label = RUT_LABELS[scenario].label;
    const worse = situation.easing[scenario] === 'no' ? 1 : 0;
    const rutGoal = situation.rutGoals[scenario];
    const entries: SuggestionEntry[] = [];
    if (rutGoal) {
      entries.push(
        entry(
          `not-eased-${scenario}-scope`,
          answers,
          l10n.t('Narrow the scope of "{0}"', rutGoal.title),
          l10n.t('"{0}" has not eased: a smaller goal you finish beats a big one that stalls.', label),
          change(rutGoal.id, 'scope'),
          [3 + worse, 1, 2, 3],
        ),
        entry(
          `not-eased-${scenario}-date`,
          answers,
          l10n.t('Move the date of "{0}"', rutGoal.title),
          l10n.t('"{0}" has not eased: give the goal the time it really needs beside your day job.', label),
          change(rutGoal.id, 'date'),
          [2 + worse, 1, 1, 2],
        ),
      );
    }
    const other = RUT_OPTIONS[scenario].findIndex((option) => !situation.chosenOptions.includes(option) && option !== rutGoal?.title);
    if (other >= 0) {
      const id = `not-eased-${scenario}-switch`;
      const option = RUT_OPTIONS[scenario][other]!;
      entries.push(
        entry(
          id,
          answers,
          l10n.t('Try another way out: {0}', option),
          l10n.t('"{0}" has not eased with what you tried; take any option that appeals.', label),
          goal(option, { rut: scenario, pillar: RUT_PILLAR[scenario] }),
          [3 + worse, 3, 3, 4],
        ),
      );
    }
    entries.push(
      entry(
        `not-eased-${scenario}-talk`,
        answers,
        situation.soundingBoard
          ? l10n.t('Talk "{0}" through with {1}', label, situation.soundingBoard)
          : l10n.t('Talk "{0}" through with your sounding board', label),
        l10n.t('Someone outside your head sees what the five whys missed.'),
        talk('sounding-board', l10n.t('Why "{0}" has not eased, and what to try next', label), situation.soundingBoard),
        [3 + worse, 1, 2, 4],
      ),
      entry(
        `not-eased-${scenario}-break`,
        answers,
        l10n.t('Take a few days off to get clarity'),
        l10n.t('A good break often shows what you want next.'),
        rest('time-off'),
        [2 + worse, 2, 1, 3],
      ),
    );
    return entries;
  });
}

// ---- Traps of each stage -------------------------------------------------------------------------

function trapEntries(): SuggestionEntry[] {
  const mode = (failure: Extract<SuggestionCondition, { kind: 'failure-mode' }>['mode']): SuggestionCondition => ({
    kind: 'failure-mode',
    mode: failure,
  });
  return [
    entry(
      'trap-not-delivering-done',
      mode('not-delivering'),
      l10n.t('Agree on what "done" means with your lead before each task'),
      l10n.t('Work that is finished by an agreed definition is work that is delivered.'),
      goal(l10n.t('Agree a definition of done before each task for the next 6 weeks'), {
        pillar: 'technical',
        metric: l10n.t('tasks delivered as agreed'),
        target: '6',
      }),
      [5, 2, 2, 4],
    ),
    entry(
      'trap-not-delivering-promise',
      mode('not-delivering'),
      l10n.t('Ship one task end to end on the date you promised'),
      l10n.t('Being reliable is the first accelerant before senior: do what you say you will do.'),
      milestone(l10n.t('Ship one task end to end on the promised date'), l10n.t('Merged and released on the day I named')),
      [4, 2, 1, 3],
    ),
    entry(
      'trap-hand-holding-log',
      mode('hand-holding'),
      l10n.t('Keep a learning log, and try for 30 minutes before you ask for help'),
      l10n.t('Writing down what you were shown turns help into learning you keep.'),
      goal(l10n.t('Keep a learning log for 8 weeks and try 30 minutes before asking'), {
        pillar: 'technical',
        metric: l10n.t('weeks with log entries'),
        target: '8',
      }),
      [4, 2, 2, 5],
    ),
    entry(
      'trap-hand-holding-mentor',
      mode('hand-holding'),
      l10n.t('Ask your mentor what you should handle on your own by next quarter'),
      l10n.t('A clear picture of independence is easier to grow into.'),
      talk('mentor', l10n.t('What should I handle on my own by next quarter?')),
      [4, 1, 1, 4],
    ),
    entry(
      'trap-closed-mindset-feedback',
      mode('closed-mindset'),
      l10n.t('Ask two peers how you take feedback, and only listen'),
      l10n.t('Arguing back is a habit; hearing how it lands is the first step out of it.'),
      goal(l10n.t('Ask two peers for feedback on how I take feedback'), {
        pillar: 'relationships',
        metric: l10n.t('peers asked'),
        target: '2',
      }),
      [5, 2, 2, 5],
    ),
    entry(
      'trap-hoarder-hand-over',
      mode('hoarder'),
      l10n.t('Hand a hard piece of work to a peer, and review theirs'),
      l10n.t('Keeping the hardest work caps what the team, and you, can do.'),
      goal(l10n.t('Hand a hard piece of work to a peer and review theirs'), {
        pillar: 'relationships',
        metric: l10n.t('hard tasks handed over'),
        target: '1',
      }),
      [5, 3, 4, 4],
    ),
    entry(
      'trap-hoarder-pair',
      mode('hoarder'),
      l10n.t('Pair a teammate through the trickiest part of your next project'),
      l10n.t('What you teach, the team can do without you.'),
      milestone(l10n.t('Pair a teammate through the trickiest part of the project'), l10n.t('They did that part themselves')),
      [4, 2, 4, 3],
    ),
    entry(
      'trap-brilliant-jerk-feedback',
      mode('brilliant-jerk'),
      l10n.t('Ask two peers for feedback on how you disagree'),
      l10n.t('Skill counts for little when nobody wants to work with you.'),
      goal(l10n.t('Ask two peers for feedback on how I disagree'), {
        pillar: 'relationships',
        metric: l10n.t('peers asked'),
        target: '2',
      }),
      [5, 2, 3, 5],
    ),
    entry(
      'trap-people-pleaser-expectations',
      mode('people-pleaser'),
      l10n.t('Set a clear expectation and date for one piece of work you hand out, and follow up'),
      l10n.t('Kindness holds people to account; niceness lets things slide.'),
      goal(l10n.t('Hand out 3 tasks with a clear expectation and date, and follow up on each'), {
        pillar: 'influence',
        metric: l10n.t('tasks followed up'),
        target: '3',
      }),
      [4, 3, 3, 4],
    ),
    entry(
      'trap-tunnel-vision-why',
      mode('tunnel-vision'),
      l10n.t('Ask your manager how your project serves the organisation this year'),
      l10n.t('Seeing the bigger picture starts with knowing where your work fits.'),
      talk('manager', l10n.t('How does my project serve the organisation this year?')),
      [4, 1, 3, 4],
    ),
    entry(
      'trap-tunnel-vision-note',
      mode('tunnel-vision'),
      l10n.t('Write a one-page note linking your project to the organisation’s goals'),
      l10n.t('Writing it down shows where the link is missing.'),
      goal(l10n.t('Write a one-page note linking my project to the organisation’s goals'), {
        pillar: 'influence',
        metric: l10n.t('note shared'),
        target: '1',
      }),
      [4, 2, 3, 4],
    ),
    entry(
      'trap-bottleneck-step-back',
      mode('bottleneck'),
      l10n.t('Hand one recurring meeting or review on to someone else'),
      l10n.t('Being in everything is activity, not progress.'),
      goal(l10n.t('Hand 2 recurring meetings or reviews on to others'), {
        pillar: 'relationships',
        metric: l10n.t('duties handed on'),
        target: '2',
      }),
      [4, 2, 4, 3],
    ),
    entry(
      'trap-rambler-summary',
      mode('rambler'),
      l10n.t('Write a one-page decision summary before your next meeting'),
      l10n.t('The right idea lands when it fits on a page.'),
      goal(l10n.t('Send a one-page decision summary before each of my next 4 key meetings'), {
        pillar: 'influence',
        metric: l10n.t('summaries sent'),
        target: '4',
      }),
      [5, 2, 4, 4],
    ),
    entry(
      'trap-agitator-pause',
      mode('agitator'),
      l10n.t('When things are unclear, write down what you know, what you do not, and one next step'),
      l10n.t('Calm in the unknown is a skill past senior, and it can be practised.'),
      goal(l10n.t('Write a know / don’t know / next step note for 5 unclear situations'), {
        pillar: 'influence',
        metric: l10n.t('notes written'),
        target: '5',
      }),
      [4, 2, 2, 5],
    ),
    entry(
      'trap-vacillator-date',
      mode('vacillator'),
      l10n.t('Give one open decision a date, and decide by then'),
      l10n.t('A hard decision put off is still a decision, made by default.'),
      milestone(l10n.t('Decide one open question by its date'), l10n.t('The decision is written down and shared')),
      [4, 2, 2, 4],
    ),
    entry(
      'trap-egotist-other-side',
      mode('egotist'),
      l10n.t('Argue the other side’s view in your next design review before your own'),
      l10n.t('Stating their case well earns you a hearing for yours.'),
      goal(l10n.t('Open 3 design reviews by stating the strongest other view'), {
        pillar: 'influence',
        metric: l10n.t('reviews'),
        target: '3',
      }),
      [4, 2, 3, 5],
    ),
    entry(
      'trap-impercipient-debrief',
      mode('impercipient'),
      l10n.t('After key meetings, ask a trusted colleague what they noticed in the room'),
      l10n.t('Reading the room is learned by comparing notes with someone who can.'),
      talk('sounding-board', l10n.t('What did you notice in the room that I missed?')),
      [4, 1, 2, 5],
    ),
    entry(
      'trap-tactician-direction',
      mode('tactician'),
      l10n.t('Write a one-year direction for your area and check each quarter against it'),
      l10n.t('Short-term wins add up only when they point the same way.'),
      goal(l10n.t('Write a one-year direction for my area and share it'), {
        pillar: 'influence',
        horizon: 'short',
        metric: l10n.t('direction shared'),
        target: '1',
      }),
      [5, 3, 4, 4],
    ),
  ];
}

// ---- Pillars and stages --------------------------------------------------------------------------

function pillarEntries(): SuggestionEntry[] {
  const weakest = (pillar: Pillar, stage: Extract<SuggestionCondition, { kind: 'stage' }>['stage']): SuggestionCondition => ({
    kind: 'weakest-pillar',
    pillar,
    stage,
  });
  return [
    entry(
      'pillar-before-senior-technical',
      weakest('technical', 'before-senior'),
      l10n.t('Deliver one well-defined task end to end without help'),
      l10n.t('Before senior, technical skill counts most: deliver high-quality work on your own.'),
      goal(l10n.t('Deliver 3 well-defined tasks end to end on my own this quarter'), {
        pillar: 'technical',
        metric: l10n.t('tasks delivered'),
        target: '3',
      }),
      [5, 3, 3, 5],
    ),
    entry(
      'pillar-before-senior-relationships',
      weakest('relationships', 'before-senior'),
      l10n.t('Find a mentor and build a small peer support network'),
      l10n.t('Mentors and peers speed up learning on the job.'),
      goal(l10n.t('Find a mentor and meet them every 5 weeks'), {
        pillar: 'relationships',
        metric: l10n.t('check-ins held'),
        target: '3',
      }),
      [4, 2, 3, 4],
    ),
    entry(
      'pillar-before-senior-influence',
      weakest('influence', 'before-senior'),
      l10n.t('Seize an opportunity: propose one small improvement and carry it out'),
      l10n.t('Initiative is how influence starts before senior.'),
      goal(l10n.t('Propose and carry out one improvement the team agreed to'), {
        pillar: 'influence',
        metric: l10n.t('improvements shipped'),
        target: '1',
      }),
      [4, 3, 3, 4],
    ),
    entry(
      'pillar-senior-technical',
      weakest('technical', 'senior'),
      l10n.t('Raise the bar: improve one part of the dev loop or the code design'),
      l10n.t('At senior, technical skill shows in what you make better for everyone.'),
      goal(l10n.t('Cut the team’s build or review time by a measurable amount'), {
        pillar: 'technical',
        metric: l10n.t('minutes saved per change'),
      }),
      [5, 3, 5, 4],
    ),
    entry(
      'pillar-senior-relationships',
      weakest('relationships', 'senior'),
      l10n.t('Get one piece of work done through others instead of doing it yourself'),
      l10n.t('At senior, relationships count most: outcomes through collaboration.'),
      goal(l10n.t('Lead one piece of work that others deliver'), {
        pillar: 'relationships',
        metric: l10n.t('work delivered by others'),
        target: '1',
      }),
      [5, 3, 4, 4],
    ),
    entry(
      'pillar-senior-influence',
      weakest('influence', 'senior'),
      l10n.t('Tailor one project update to each of your stakeholders'),
      l10n.t('Setting the right expectations per audience is the start of influence.'),
      goal(l10n.t('Send tailored updates to each stakeholder group for one project'), {
        pillar: 'influence',
        metric: l10n.t('stakeholder groups'),
        target: '3',
      }),
      [4, 2, 3, 4],
    ),
    entry(
      'pillar-past-senior-technical',
      weakest('technical', 'past-senior'),
      l10n.t('Lead a design review across teams on a problem you do not know yet'),
      l10n.t('Past senior, technical depth shows as calm and judgement in the unknown.'),
      goal(l10n.t('Lead 2 design reviews across teams'), {
        pillar: 'technical',
        metric: l10n.t('reviews led'),
        target: '2',
      }),
      [4, 3, 4, 5],
    ),
    entry(
      'pillar-past-senior-relationships',
      weakest('relationships', 'past-senior'),
      l10n.t('Get a mentor outside your organisation'),
      l10n.t('Past senior, the network reaches beyond the team: know people and be known.'),
      goal(l10n.t('Find a mentor outside my organisation and meet 3 times'), {
        pillar: 'relationships',
        metric: l10n.t('meetings'),
        target: '3',
      }),
      [4, 2, 3, 4],
    ),
    entry(
      'pillar-past-senior-influence',
      weakest('influence', 'past-senior'),
      l10n.t('Spin up one initiative that drives an organisation-wide priority'),
      l10n.t('Past senior, influence counts most: provide direction.'),
      goal(l10n.t('Start one initiative behind an organisation-wide priority'), {
        pillar: 'influence',
        metric: l10n.t('teams on board'),
        target: '2',
      }),
      [5, 4, 5, 4],
    ),
  ];
}

function rootCauseEntries(situation: Situation): SuggestionEntry[] {
  const cause = (which: Extract<SuggestionCondition, { kind: 'root-cause' }>['cause']): SuggestionCondition => ({
    kind: 'root-cause',
    cause: which,
  });
  const level = situation.targetLevel ?? l10n.t('the next level');
  return [
    entry(
      'cause-project-matters',
      cause('project-not-important'),
      l10n.t('Ask your manager for a part in a project the organisation cares about'),
      l10n.t('Outstanding work on a project that matters little rarely shows the next level.'),
      talk('manager', l10n.t('Which project that matters to the organisation could I take a part in?')),
      [5, 2, 3, 3],
    ),
    entry(
      'cause-next-level-project',
      cause('most-junior'),
      l10n.t('Find a project where people at {0} work, and join it', level),
      l10n.t('A project without anyone at the level you want is probably not a project at that level.'),
      goal(l10n.t('Join a project with people at {0} by next quarter', level), {
        pillar: 'relationships',
        metric: l10n.t('projects joined'),
        target: '1',
      }),
      [5, 3, 3, 5],
    ),
    entry(
      'cause-career-talk',
      cause('no-career-talk'),
      l10n.t('Have a career talk with your manager, with clear dates'),
      l10n.t('"You are on track" is not a plan: agree on the goal, the timeline and who does what.'),
      milestone(l10n.t('Have a career talk with my manager, with dates'), l10n.t('We wrote down what I need to show and by when')),
      [5, 1, 2, 3],
    ),
  ];
}

function stageEntries(): SuggestionEntry[] {
  const at = (stage: Extract<SuggestionCondition, { kind: 'stage' }>['stage']): SuggestionCondition => ({ kind: 'stage', stage });
  return [
    entry(
      'stage-before-senior-reliable',
      at('before-senior'),
      l10n.t('Be reliable: list what you promised and deliver each by its date'),
      l10n.t('Doing what you say you will do is the first accelerant before senior.'),
      milestone(l10n.t('Deliver everything I promised this month on time')),
      [4, 2, 2, 3],
    ),
    entry(
      'stage-senior-beyond-team',
      at('senior'),
      l10n.t('Take on one problem that spans more than your team'),
      l10n.t('At senior, impact reaches the whole organisation, not only your team.'),
      goal(l10n.t('Solve one problem that affects more than my team'), {
        pillar: 'influence',
        metric: l10n.t('teams helped'),
        target: '2',
      }),
      [5, 4, 4, 4],
    ),
    entry(
      'stage-past-senior-leaders',
      at('past-senior'),
      l10n.t('Think of the leaders who shaped you: what made them stand out? Practise one of those traits'),
      l10n.t('More credentials rarely are the key past senior; how you lead is.'),
      goal(l10n.t('Practise one trait of a leader who influenced me, for a quarter')),
      [3, 2, 2, 4],
    ),
  ];
}

// ---- Self-assessment -----------------------------------------------------------------------------

const MARKER_STEPS: Record<
  SuccessMarker,
  { readonly id: string; readonly title: () => string; readonly goal: () => string; readonly pillar: Pillar }
> = {
  'technical-mastery': {
    id: 'marker-technical-mastery',
    title: () => l10n.t('Become the go-to person for one topic: write the team’s guide to it'),
    goal: () => l10n.t('Write the team’s guide to one topic I know best'),
    pillar: 'technical',
  },
  'business-impact': {
    id: 'marker-business-impact',
    title: () => l10n.t('Find one number your work moves, and report it'),
    goal: () => l10n.t('Report the business number my work moved this quarter'),
    pillar: 'influence',
  },
  recognition: {
    id: 'marker-recognition',
    title: () => l10n.t('Give a brown-bag session on your latest work'),
    goal: () => l10n.t('Give a brown-bag session on my latest work'),
    pillar: 'influence',
  },
  innovation: {
    id: 'marker-innovation',
    title: () => l10n.t('Prototype one new idea, e.g. on a hack day'),
    goal: () => l10n.t('Build a prototype of one new idea and demo it'),
    pillar: 'technical',
  },
  mentorship: {
    id: 'marker-mentorship',
    title: () => l10n.t('Mentor a junior developer for a quarter'),
    goal: () => l10n.t('Mentor a junior developer every two weeks for a quarter'),
    pillar: 'relationships',
  },
};

function selfEntries(situation: Situation): SuggestionEntry[] {
  const own = (prefix: string, text: string) => `${prefix}-${slugify(text, 40)}`;
  return [
    ...situation.weaknesses.map((weakness) => {
      const id = own('weakness', weakness);
      return entry(
        id,
        { kind: 'weakness' },
        l10n.t('Work on it: {0}', weakness),
        l10n.t('A weakness you named is an area to develop: give it a goal and a date.'),
        goal(weakness),
        [4, 3, 3, 5],
      );
    }),
    ...situation.opportunities.map((opportunity) => {
      const id = own('opportunity', opportunity);
      return entry(
        id,
        { kind: 'opportunity' },
        l10n.t('Go for it: {0}', opportunity),
        l10n.t('Opportunities do not wait: seek this one out.'),
        goal(opportunity),
        [5, 3, 3, 4],
      );
    }),
    ...situation.interests.map((interest) => {
      const id = own('interest', interest);
      return entry(
        id,
        { kind: 'interest' },
        l10n.t('Start a small project on {0}', interest),
        l10n.t('A goal you are curious about is a goal you keep going with.'),
        goal(l10n.t('Build a small project on {0}', interest), { pillar: 'technical' }),
        [3, 3, 2, 5],
      );
    }),
    ...(situation.values.length > 0
      ? [
          entry(
            'values-check',
            { kind: 'value' },
            l10n.t('Check your goals against what you value: {0}', situation.values.join(', ')),
            l10n.t('Goals that go against your values are the ones you drop.'),
            talk('mentor', l10n.t('Do my goals serve what I value: {0}?', situation.values.join(', '))),
            [3, 1, 1, 3],
          ),
        ]
      : []),
    ...situation.successMarkers.map((marker) => {
      const step = MARKER_STEPS[marker];
      return entry(
        step.id,
        { kind: 'success-marker', marker },
        step.title(),
        l10n.t('It moves you towards the success you picked.'),
        goal(step.goal(), { pillar: step.pillar, successMarker: marker }),
        [4, 3, 3, 4],
      );
    }),
  ];
}

// ---- Promotion -----------------------------------------------------------------------------------

function promotionEntries(situation: Situation): SuggestionEntry[] {
  const gap = (which: Extract<SuggestionCondition, { kind: 'promotion' }>['gap']): SuggestionCondition => ({
    kind: 'promotion',
    gap: which,
  });
  const level = situation.targetLevel ?? l10n.t('the next level');
  const cycle = situation.promotionCycle;
  return [
    entry(
      'promotion-book-conversation',
      gap('not-voiced'),
      l10n.t('Book the promotion conversation with your manager'),
      l10n.t('You get what you ask for: your manager may not know you want this.'),
      milestone(l10n.t('Have the promotion conversation with my manager'), l10n.t('We agreed on what is needed and by when')),
      [5, 1, 2, 3],
    ),
    entry(
      'promotion-ask-commitment',
      gap('no-commitment'),
      l10n.t('Ask your manager for a firm commitment, with the three criteria'),
      l10n.t('"You are on track" is not a timeline: ask what you must show by a named cycle.'),
      talk(
        'manager',
        cycle
          ? l10n.t('What must I show by {0} for {1}: work at that level, the business need, the budget?', cycle, level)
          : l10n.t('What must I show, and by which cycle, for {0}: work at that level, the business need, the budget?', level),
      ),
      [5, 1, 2, 3],
    ),
    entry(
      'promotion-next-level-work',
      gap('not-performing'),
      l10n.t('Take on one project at the scope of {0}', level),
      l10n.t('You are promoted for work already at the next level, not for more of the same.'),
      goal(l10n.t('Lead one project at the scope of {0}', level), {
        pillar: 'influence',
        metric: l10n.t('projects at that scope'),
        target: '1',
      }),
      [5, 4, 3, 5],
    ),
    entry(
      'promotion-business-need',
      gap('no-justification'),
      l10n.t('Find, with your manager, the work at {0} the business needs done', level),
      l10n.t('A promotion needs a business reason for someone at that level.'),
      goal(l10n.t('Agree with my manager on the work at {0} the business needs', level), {
        pillar: 'influence',
        metric: l10n.t('agreed scope written down'),
        target: '1',
      }),
      [4, 2, 2, 3],
    ),
    entry(
      'promotion-budget',
      gap('no-budget'),
      l10n.t('Ask when the budget for promotions is decided, and by whom'),
      l10n.t('Budget is decided above your manager: know the date so you can plan for it.'),
      talk('manager', l10n.t('When is the promotion budget decided, and by whom?')),
      [3, 1, 1, 2],
    ),
  ];
}

// ---- Reviews, rubric, check-ins, priorities, breaks ------------------------------------------------

function reviewEntries(situation: Situation): SuggestionEntry[] {
  const signal = (which: Extract<SuggestionCondition, { kind: 'review' }>['signal']): SuggestionCondition => ({
    kind: 'review',
    signal: which,
  });
  const busiest = situation.busiestGoal;
  const stalled = situation.stalledGoal;
  const person = situation.soundingBoard;
  return [
    entry(
      'review-off-track-talk',
      signal('off-track'),
      person ? l10n.t('Go through your five whys with {0}', person) : l10n.t('Go through your five whys with your sounding board'),
      l10n.t('A second view tells a real cause from a story.'),
      talk('sounding-board', l10n.t('My five whys: is the root cause right, and what would you change?'), person),
      [4, 1, 2, 4],
    ),
    entry(
      'review-off-track-reflect',
      signal('off-track'),
      l10n.t('Take a reflection day to rethink the plan'),
      l10n.t('Heading the wrong way is the time to step back, not to push harder.'),
      rest('reflection-day'),
      [3, 2, 1, 4],
    ),
    ...(stalled
      ? [
          entry(
            'review-partly-scope',
            signal('partly-on-track'),
            l10n.t('Narrow the scope of "{0}"', stalled.title),
            l10n.t('Partly on track: finish a smaller version first.'),
            change(stalled.id, 'scope'),
            [3, 1, 2, 2],
          ),
          entry(
            'review-stalled-date',
            signal('goal-stalled'),
            l10n.t('Give "{0}" a date you can keep', stalled.title),
            l10n.t('It did not move forward: these goals come on top of your day job.'),
            change(stalled.id, 'date'),
            [3, 1, 1, 2],
          ),
        ]
      : []),
    ...(busiest
      ? [
          entry(
            'review-pace-pause',
            signal('not-sustainable'),
            busiest.activeMilestones === 1
              ? l10n.t('Pause "{0}" (1 active milestone)', busiest.title)
              : l10n.t('Pause "{0}" ({1} active milestones)', busiest.title, busiest.activeMilestones),
            l10n.t('You said you cannot keep up this pace: drop something before it drops you.'),
            change(busiest.id, 'pause'),
            [5, 1, 2, 2],
          ),
        ]
      : []),
    entry(
      'review-pace-time-off',
      signal('not-sustainable'),
      l10n.t('Plan time off within the next three months'),
      l10n.t('Commit to a date; rest is part of the plan.'),
      rest('time-off'),
      [5, 2, 1, 3],
    ),
  ];
}

function rubricEntries(): SuggestionEntry[] {
  const flat = (dimension: Extract<SuggestionCondition, { kind: 'rubric-flat' }>['dimension']): SuggestionCondition => ({
    kind: 'rubric-flat',
    dimension,
  });
  return [
    entry(
      'rubric-confidence-present',
      flat('confidence'),
      l10n.t('Present what you did in the milestone to your team'),
      l10n.t('Confidence did not move: explaining your work out loud builds it.'),
      milestone(l10n.t('Present the milestone’s work to the team')),
      [3, 2, 2, 4],
    ),
    entry(
      'rubric-competence-review',
      flat('competence'),
      l10n.t('Ask a peer to review what the milestone produced'),
      l10n.t('Competence did not move: a peer review shows what to practise.'),
      milestone(l10n.t('Get a peer review of the milestone’s artefact')),
      [4, 2, 3, 5],
    ),
    entry(
      'rubric-impact-ask',
      flat('impact'),
      l10n.t('Ask the people the milestone served what changed for them'),
      l10n.t('Impact did not move: find out what would have made a difference.'),
      talk('mentor', l10n.t('What would have made the milestone matter more to others?')),
      [4, 1, 2, 4],
    ),
    entry(
      'rubric-clarity-explain',
      flat('clarity'),
      l10n.t('Write a one-page explanation of the milestone’s key concept'),
      l10n.t('Clarity did not move: if you cannot explain it simply, review it again.'),
      milestone(l10n.t('Write a one-page explanation of the key concept')),
      [3, 2, 3, 5],
    ),
  ];
}

function checkinEntries(situation: Situation): SuggestionEntry[] {
  return situation.checkinActions.map((action) =>
    entry(
      `checkin-action-${slugify(action, 40)}`,
      { kind: 'checkin-action' },
      action,
      l10n.t('An action from your check-in: put it in a goal so it gets a date.'),
      milestone(action),
      [4, 2, 2, 3],
    ),
  );
}

function candidateEntries(situation: Situation): SuggestionEntry[] {
  return situation.candidates.map((candidate) => {
    const id = `candidate-${slugify(candidate.title, 40)}`;
    const { title, ...scores } = candidate;
    return {
      id,
      answers: { kind: 'candidate' },
      title,
      why: l10n.t('score {0} of 100', priorityScore(scores)),
      proposal: goal(title)(id),
      factors: scores,
    };
  });
}

function breakEntries(situation: Situation): SuggestionEntry[] {
  const busiest = situation.busiestGoal;
  if (!busiest || situation.upcomingBreak?.type !== 'time-off') return [];
  return [
    entry(
      'break-pause-busiest',
      { kind: 'break-planned' },
      l10n.t('Pause "{0}" while you are away', busiest.title),
      l10n.t('A break you spend worrying about milestones is no break.'),
      change(busiest.id, 'pause'),
      [3, 1, 1, 1],
    ),
  ];
}

/** The first entry of each id: two items of the user's own that read alike make one suggestion. */
function firstOfEach(entries: readonly SuggestionEntry[]): SuggestionEntry[] {
  const seen = new Set<string>();
  return entries.filter((candidate) => !seen.has(candidate.id) && Boolean(seen.add(candidate.id)));
}

/** The coaching table, for one situation. */
export const coachingTable: SuggestionTable = (situation) =>
  firstOfEach([
    ...rutEntries(situation),
    ...ownOptionEntries(situation),
    ...notEasedEntries(situation),
    ...trapEntries(),
    ...pillarEntries(),
    ...rootCauseEntries(situation),
    ...stageEntries(),
    ...selfEntries(situation),
    ...promotionEntries(situation),
    ...reviewEntries(situation),
    ...rubricEntries(),
    ...checkinEntries(situation),
    ...candidateEntries(situation),
    ...breakEntries(situation),
  ]);
