import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { conditionHolds } from '../../src/core/suggestions/conditions';
import { coachingTable, RUT_OPTION_IDS } from '../../src/core/suggestions/coaching';
import {
  answeredIn,
  mergeTables,
  rankSuggestions,
  situationOf,
  suggestionsFor,
  SUGGESTION_TABLE,
  type Situation,
  type SuggestionCondition,
} from '../../src/core/suggestions';
import { suggestionItem } from '../../src/core/suggestions/view';
import { RUT_OPTIONS } from '../../src/core/forms/labels';
import { CAREER_STAGES, FAILURE_MODES, PILLARS, RUBRIC_DIMENSIONS, RUT_SCENARIOS } from '../../src/core/vocabulary';
import { createGrowthFile } from '../../src/core/writer';
import { indexPlan, readFolder } from './growthPlan';

const TODAY = '2026-11-22';

/** A situation where nothing holds; tests add the one part they are about. */
const EMPTY: Situation = {
  today: TODAY,
  ruts: [],
  easing: {},
  failureModes: [],
  rootCauses: [],
  weaknesses: [],
  opportunities: [],
  values: [],
  interests: [],
  successMarkers: [],
  promotionGaps: [],
  reviewSignals: [],
  flatDimensions: [],
  untriedService: [],
  checkinActions: [],
  candidates: [],
  chosenOptions: [],
  rutGoals: {},
};

const NONE = { taken: new Set<string>(), dismissed: {}, titles: new Set<string>() };

function plan(files: Record<string, Record<string, unknown>>) {
  return indexPlan(Object.entries(files).map(([path, data]) => [path, createGrowthFile({ schema: 1, ...data })] as const));
}

const PROFILE = {
  kind: 'profile',
  currentLevel: 'Engineer II',
  targetLevel: 'Senior Engineer',
  track: 'ic',
  northStar: { statement: 'Lead the payments platform' },
};
const goalFile = (title: string, activeMilestones: number, extra: Record<string, unknown> = {}) => ({
  kind: 'goal',
  title,
  horizon: 'short',
  status: 'active',
  milestones: Array.from({ length: activeMilestones }, (_, index) => ({
    id: `m${index + 1}`,
    title: `Step ${index + 1}`,
    status: 'active',
  })),
  ...extra,
});

function titles(situation: Situation, kinds?: SuggestionCondition['kind'][]): string[] {
  return rankSuggestions(situation, NONE, kinds).map((suggestion) => suggestion.title);
}

describe('suggestions', () => {
  describe('the table', () => {
    /** Everything holds at once, for each stage in turn. */
    const everything = (stage: (typeof CAREER_STAGES)[number], pillar: (typeof PILLARS)[number]): Situation => ({
      ...EMPTY,
      stage,
      weakestPillar: pillar,
      ruts: [...RUT_SCENARIOS],
      easing: Object.fromEntries(RUT_SCENARIOS.map((scenario) => [scenario, 'no'])),
      failureModes: [...FAILURE_MODES],
      rootCauses: ['project-not-important', 'most-junior', 'no-career-talk'],
      weaknesses: ['Quiet in big meetings'],
      opportunities: ['The platform team needs an on-call lead'],
      values: ['Craft'],
      interests: ['Distributed systems'],
      successMarkers: ['recognition', 'mentorship'],
      promotionGaps: ['not-voiced', 'not-performing', 'no-justification', 'no-budget'],
      reviewSignals: ['off-track', 'partly-on-track', 'not-sustainable', 'goal-stalled'],
      busiestGoal: { id: 'ship-refunds', title: 'Ship refunds', activeMilestones: 3 },
      stalledGoal: { id: 'ship-refunds', title: 'Ship refunds' },
      flatDimensions: [...RUBRIC_DIMENSIONS],
      checkinActions: ['Draft the rollout plan'],
      candidates: [{ title: 'Automate release notes', impact: 5, effort: 2, reusability: 4, learnings: 3 }],
      upcomingBreak: { type: 'time-off', start: '2026-12-22', end: '2027-01-02' },
    });

    it('has a suggestion for every trap, rut, pillar at every stage, and stage', () => {
      for (const stage of CAREER_STAGES) {
        for (const pillar of PILLARS) {
          const answered = rankSuggestions(everything(stage, pillar), NONE).map((suggestion) => suggestion.answers);
          const has = (condition: SuggestionCondition) => answered.some((other) => JSON.stringify(other) === JSON.stringify(condition));
          for (const mode of FAILURE_MODES) assert.ok(has({ kind: 'failure-mode', mode }), mode);
          for (const scenario of RUT_SCENARIOS)
            assert.ok(has({ kind: 'rut', scenario }) && has({ kind: 'rut-not-eased', scenario }), scenario);
          assert.ok(has({ kind: 'weakest-pillar', pillar, stage }), `${pillar} at ${stage}`);
          assert.ok(has({ kind: 'stage', stage }), stage);
        }
      }
    });

    it('gives every entry a stable id, words and factors from 1 to 5', () => {
      const entries = coachingTable(everything('senior', 'influence'));
      assert.equal(new Set(entries.map((entry) => entry.id)).size, entries.length);
      for (const entry of entries) {
        assert.match(entry.id, /^[a-z0-9][a-z0-9-]*$/);
        assert.ok(entry.title.trim() && entry.why.trim(), entry.id);
        for (const value of Object.values(entry.factors)) assert.ok(value >= 1 && value <= 5, entry.id);
      }
    });

    it('offers every way out of every rut, under stable ids', () => {
      for (const scenario of RUT_SCENARIOS) {
        const offered = titles({ ...EMPTY, ruts: [scenario] }, ['rut']);
        assert.deepEqual([...offered].sort(), [...RUT_OPTIONS[scenario]].sort());
        assert.equal(RUT_OPTION_IDS[scenario].length, RUT_OPTIONS[scenario].length);
      }
    });

    it('answers the traps the way the source would', () => {
      const first = (mode: (typeof FAILURE_MODES)[number]) => titles({ ...EMPTY, failureModes: [mode] }).join(' | ');
      assert.match(first('hoarder'), /Hand a hard piece of work to a peer, and review theirs/);
      assert.match(first('brilliant-jerk'), /Ask two peers for feedback on how you disagree/);
      assert.match(first('rambler'), /one-page decision summary before your next meeting/);
      assert.match(titles({ ...EMPTY, ruts: ['not-recognised'] }).join(' | '), /brown-bag/);
    });

    it('refuses two tables that use the same id', () => {
      const table = mergeTables(coachingTable, coachingTable);
      assert.throws(() => table({ ...EMPTY, failureModes: ['hoarder'] }), /Two suggestions have the id/);
    });
  });

  describe('conditions', () => {
    /** Each condition with the part of a situation that makes it hold. */
    const CASES: readonly [SuggestionCondition, Partial<Situation>][] = [
      [{ kind: 'rut', scenario: 'not-challenged' }, { ruts: ['not-challenged'] }],
      [
        { kind: 'rut-not-eased', scenario: 'no-impact' },
        { ruts: ['no-impact'], easing: { 'no-impact': 'partly' } },
      ],
      [{ kind: 'failure-mode', mode: 'closed-mindset' }, { failureModes: ['closed-mindset'] }],
      [
        { kind: 'weakest-pillar', pillar: 'influence', stage: 'senior' },
        { stage: 'senior', weakestPillar: 'influence' },
      ],
      [{ kind: 'stage', stage: 'past-senior' }, { stage: 'past-senior' }],
      [{ kind: 'root-cause', cause: 'most-junior' }, { rootCauses: ['most-junior'] }],
      [{ kind: 'weakness' }, { weaknesses: ['Estimates'] }],
      [{ kind: 'opportunity' }, { opportunities: ['On-call lead'] }],
      [{ kind: 'value' }, { values: ['Craft'] }],
      [{ kind: 'interest' }, { interests: ['Compilers'] }],
      [{ kind: 'success-marker', marker: 'innovation' }, { successMarkers: ['innovation'] }],
      [{ kind: 'promotion', gap: 'no-commitment' }, { promotionGaps: ['no-commitment'] }],
      [{ kind: 'review', signal: 'not-sustainable' }, { reviewSignals: ['not-sustainable'] }],
      [{ kind: 'rubric-flat', dimension: 'clarity' }, { flatDimensions: ['clarity'] }],
      [{ kind: 'track', track: 'management' }, { track: 'management' }],
      [{ kind: 'service-untried', type: 'community' }, { untriedService: ['community'] }],
      [{ kind: 'checkin-action' }, { checkinActions: ['Draft the plan'] }],
      [{ kind: 'candidate' }, { candidates: [{ title: 'X', impact: 1, effort: 1, reusability: 1, learnings: 1 }] }],
      [{ kind: 'break-planned' }, { upcomingBreak: { type: 'rest-day', start: TODAY, end: TODAY } }],
    ];

    it('covers every kind of condition', () => {
      const kinds = new Set(CASES.map(([condition]) => condition.kind));
      const used = new Set(SUGGESTION_TABLE({ ...EMPTY }).map((entry) => entry.answers.kind));
      for (const kind of used) assert.ok(kinds.has(kind), kind);
      assert.equal(kinds.size, 19);
    });

    for (const [condition, part] of CASES) {
      it(`${JSON.stringify(condition)} holds only when the plan says so`, () => {
        assert.equal(conditionHolds(condition, { ...EMPTY, ...part }), true);
        assert.equal(conditionHolds(condition, EMPTY), false);
      });
    }

    it('does not call a rut that eased, or was never ticked, "not eased"', () => {
      assert.equal(
        conditionHolds({ kind: 'rut-not-eased', scenario: 'no-impact' }, { ...EMPTY, ruts: ['no-impact'], easing: { 'no-impact': 'yes' } }),
        false,
      );
      assert.equal(conditionHolds({ kind: 'rut-not-eased', scenario: 'no-impact' }, { ...EMPTY, easing: { 'no-impact': 'no' } }), false);
    });

    it('needs the stage to match for the weakest pillar', () => {
      assert.equal(
        conditionHolds(
          { kind: 'weakest-pillar', pillar: 'influence', stage: 'senior' },
          { ...EMPTY, stage: 'past-senior', weakestPillar: 'influence' },
        ),
        false,
      );
    });
  });

  describe('the situation of a plan', () => {
    it('reads the promotion criteria not met', () => {
      const promotion = (data: Record<string, unknown>) =>
        situationOf(
          plan({
            'profile.md': PROFILE,
            'assessments/p.md': {
              kind: 'assessment',
              type: 'promotion',
              date: TODAY,
              performingAtNextLevel: 4,
              businessJustification: true,
              voicedToManager: true,
              firmCommitment: true,
              ...data,
            },
          }),
          TODAY,
        ).promotionGaps;
      assert.deepEqual(promotion({}), []);
      assert.deepEqual(promotion({ voicedToManager: false, firmCommitment: false }), ['not-voiced']);
      assert.deepEqual(promotion({ firmCommitment: false }), ['no-commitment']);
      assert.deepEqual(promotion({ performingAtNextLevel: 3, businessJustification: false, budget: false }), [
        'not-performing',
        'no-justification',
        'no-budget',
      ]);
      // Not knowing about the budget is not a "no".
      assert.deepEqual(promotion({ budget: undefined }), []);
    });

    it('names the goal with the most active milestones when the pace cannot be kept up', () => {
      const index = plan({
        'profile.md': PROFILE,
        'goals/a.md': goalFile('Write the design doc', 1),
        'goals/b.md': goalFile('Ship refunds', 3),
        'goals/c.md': goalFile('Paused one', 5, { status: 'paused' }),
        'reviews/2026-11-20.md': { kind: 'review', date: '2026-11-20', onTrack: 'yes', sustainable: false },
      });
      const suggestions = suggestionsFor(index, TODAY, { kinds: ['review'] });
      assert.equal(suggestions[0]?.title, 'Pause "Ship refunds" (3 active milestones)');
      assert.deepEqual(suggestions[0]?.proposal, { kind: 'goal-change', goal: 'b', change: 'pause' });
      assert.ok(suggestions.some((suggestion) => suggestion.proposal.kind === 'break' && suggestion.proposal.type === 'time-off'));
    });

    it('reads whether each rut eased only from a review after the rut assessment', () => {
      const files = {
        'profile.md': PROFILE,
        'assessments/2026-11-01-rut.md': { kind: 'assessment', type: 'rut', date: '2026-11-01', scenarios: ['not-recognised'] },
        'reviews/2026-11-15.md': { kind: 'review', date: '2026-11-15', onTrack: 'partly', rutsEased: { 'not-recognised': 'no' } },
      };
      assert.deepEqual(situationOf(plan(files), TODAY).easing, { 'not-recognised': 'no' });
      const older = { ...files, 'reviews/2026-11-15.md': { ...files['reviews/2026-11-15.md'], date: '2026-10-15' } };
      assert.deepEqual(situationOf(plan(older), TODAY).easing, {});
    });

    it('offers, for a rut that has not eased, a change of goal, another way out, the sounding board and a break', () => {
      const index = plan({
        'profile.md': PROFILE,
        'goals/brown-bag.md': goalFile('Give a brown-bag talk', 1, { rut: 'not-recognised' }),
        'assessments/2026-11-01-rut.md': {
          kind: 'assessment',
          type: 'rut',
          date: '2026-11-01',
          scenarios: ['not-recognised'],
          options: [RUT_OPTIONS['not-recognised'][0]],
        },
        'reviews/2026-11-15.md': {
          kind: 'review',
          date: '2026-11-15',
          onTrack: 'no',
          whys: ['Nobody came'],
          rutsEased: { 'not-recognised': 'partly' },
          soundingBoard: 'Priya',
        },
      });
      const proposals = suggestionsFor(index, TODAY, { kinds: ['rut-not-eased'] }).map((suggestion) => suggestion.proposal);
      assert.deepEqual(proposals.map((proposal) => proposal.kind).sort(), ['break', 'checkin', 'goal', 'goal-change', 'goal-change']);
      const checkin = proposals.find((proposal) => proposal.kind === 'checkin');
      assert.equal(checkin?.kind === 'checkin' && checkin.person, 'Priya');
      const other = proposals.find((proposal) => proposal.kind === 'goal');
      assert.equal(other?.kind === 'goal' && other.goal.title, RUT_OPTIONS['not-recognised'][1]);
    });

    it('finds the rubric dimensions that did not go up', () => {
      const index = plan({
        'profile.md': PROFILE,
        'goals/g.md': {
          ...goalFile('Load test', 0),
          milestones: [
            { id: 'm', title: 'Run it', status: 'done', rubric: { before: { confidence: 2, competence: 3, impact: 2, clarity: 4 } } },
          ],
        },
        'assessments/r.md': {
          kind: 'assessment',
          type: 'rubric',
          date: TODAY,
          goal: 'g',
          milestone: 'm',
          phase: 'after',
          ratings: { confidence: 3, competence: 3, impact: 1, clarity: 5 },
        },
      });
      assert.deepEqual(situationOf(index, TODAY).flatDimensions, ['competence', 'impact']);
    });

    it('reads the root-cause answers that hold growth back', () => {
      const causes = (rootCauses: Record<string, unknown>) =>
        situationOf(
          plan({
            'profile.md': PROFILE,
            'assessments/s.md': {
              kind: 'assessment',
              type: 'stage',
              date: TODAY,
              stage: 'senior',
              pillars: { technical: 4, relationships: 3, influence: 2 },
              failureModes: [],
              rootCauses,
            },
          }),
          TODAY,
        ).rootCauses;
      assert.deepEqual(causes({ projectImportance: 'low', seniorityOnProject: 'most-junior', careerTalk: false }), [
        'project-not-important',
        'most-junior',
        'no-career-talk',
      ]);
      assert.deepEqual(causes({ projectImportance: 'high', seniorityOnProject: 'in-between', careerTalk: true }), []);
      assert.deepEqual(causes({}), [], 'a question not answered is no cause');
    });

    it('breaks a tie for the weakest pillar by what counts most at the stage', () => {
      const stage = (name: string) =>
        situationOf(
          plan({
            'profile.md': PROFILE,
            'assessments/s.md': {
              kind: 'assessment',
              type: 'stage',
              date: TODAY,
              stage: name,
              pillars: { technical: 2, relationships: 2, influence: 2 },
              failureModes: [],
            },
          }),
          TODAY,
        ).weakestPillar;
      assert.equal(stage('before-senior'), 'technical');
      assert.equal(stage('senior'), 'relationships');
      assert.equal(stage('past-senior'), 'influence');
    });

    it('counts a record saved just now as the latest', () => {
      const index = plan({ 'profile.md': PROFILE });
      const saved = {
        kind: 'assessment' as const,
        data: {
          kind: 'assessment' as const,
          type: 'stage' as const,
          date: TODAY,
          stage: 'senior' as const,
          pillars: { technical: 4, relationships: 3, influence: 2 },
          failureModes: ['hoarder' as const],
        },
      };
      const situation = situationOf(index, TODAY, saved);
      assert.equal(situation.weakestPillar, 'influence');
      assert.deepEqual(situation.failureModes, ['hoarder']);
    });
  });

  describe('ranking and answers', () => {
    it('ranks by the priority score of the factors, and puts the ways out you chose first', () => {
      const ranked = rankSuggestions({ ...EMPTY, ruts: ['falling-behind'], chosenOptions: [RUT_OPTIONS['falling-behind'][2]!] }, NONE);
      assert.equal(ranked[0]?.title, RUT_OPTIONS['falling-behind'][2]);
      for (let index = 1; index < ranked.length; index++) assert.ok(ranked[index - 1]!.score >= ranked[index]!.score);
    });

    it('ranks priority candidates by the scores the user gave them', () => {
      const ranked = titles({
        ...EMPTY,
        candidates: [
          { title: 'Low', impact: 1, effort: 5, reusability: 1, learnings: 1 },
          { title: 'High', impact: 5, effort: 1, reusability: 5, learnings: 5 },
        ],
      });
      assert.deepEqual(ranked, ['High', 'Low']);
    });

    const hoarderPlan = (extra: Record<string, Record<string, unknown>>, profile: Record<string, unknown> = {}) =>
      plan({
        'profile.md': { ...PROFILE, ...profile },
        'assessments/2026-11-01-stage.md': {
          kind: 'assessment',
          type: 'stage',
          date: '2026-11-01',
          stage: 'senior',
          pillars: { technical: 4, relationships: 3, influence: 3 },
          failureModes: ['hoarder'],
        },
        ...extra,
      });
    const ids = (index: ReturnType<typeof plan>) =>
      suggestionsFor(index, TODAY, { kinds: ['failure-mode'] }).map((suggestion) => suggestion.id);

    it('leaves out a suggestion a goal or a milestone took', () => {
      assert.deepEqual(ids(hoarderPlan({})), ['trap-hoarder-hand-over', 'trap-hoarder-pair']);
      assert.deepEqual(ids(hoarderPlan({ 'goals/g.md': goalFile('Hand it over', 0, { suggestion: 'trap-hoarder-hand-over' }) })), [
        'trap-hoarder-pair',
      ]);
      const withMilestone = hoarderPlan({
        'goals/g.md': { ...goalFile('Other', 0), milestones: [{ id: 'm', title: 'Pair', suggestion: 'trap-hoarder-pair' }] },
      });
      assert.deepEqual(ids(withMilestone), ['trap-hoarder-hand-over']);
      assert.ok(answeredIn(withMilestone).taken.has('trap-hoarder-pair'));
    });

    it('leaves out a suggestion whose goal or milestone the plan has by its title, whatever its case and spacing', () => {
      const priorities = {
        kind: 'assessment',
        type: 'priorities',
        date: '2026-11-01',
        candidates: [
          { title: 'Refunds redesign', impact: 5, effort: 4, reusability: 4, learnings: 5 },
          { title: 'Brown-bag talks', impact: 3, effort: 2, reusability: 4, learnings: 3 },
        ],
      };
      const checkin = { kind: 'checkin', date: '2026-11-10', mentor: 'Priya', actions: ['Ask the ledger team for a contract test review'] };
      const titles = (extra: Record<string, Record<string, unknown>>) =>
        suggestionsFor(plan({ 'profile.md': PROFILE, 'assessments/p.md': priorities, 'checkins/c.md': checkin, ...extra }), TODAY, {
          kinds: ['candidate', 'checkin-action'],
        }).map((suggestion) => suggestion.title);
      assert.deepEqual(titles({}), ['Refunds redesign', 'Ask the ledger team for a contract test review', 'Brown-bag talks']);
      const goal = {
        ...goalFile('  refunds   REDESIGN ', 0),
        milestones: [{ id: 'ask', title: 'Ask the ledger team for a contract test review', status: 'planned' }],
      };
      assert.deepEqual(titles({ 'goals/refunds.md': goal }), ['Brown-bag talks']);
    });

    it('leaves out what was dismissed, until a later assessment raises it again', () => {
      assert.deepEqual(ids(hoarderPlan({}, { dismissedSuggestions: { 'trap-hoarder-pair': '2026-11-02' } })), ['trap-hoarder-hand-over']);
      assert.deepEqual(ids(hoarderPlan({}, { dismissedSuggestions: { 'trap-hoarder-pair': '2026-10-30' } })), [
        'trap-hoarder-hand-over',
        'trap-hoarder-pair',
      ]);
    });
  });
});

describe('suggestions over time', () => {
  const stage = (date: string, failureModes: string[]) => ({
    kind: 'assessment',
    type: 'stage',
    date,
    stage: 'senior',
    pillars: { technical: 4, relationships: 3, influence: 3 },
    failureModes,
  });
  const traps = (files: Record<string, Record<string, unknown>>) =>
    suggestionsFor(plan({ 'profile.md': PROFILE, ...files }), TODAY, { kinds: ['failure-mode'] }).map((suggestion) => suggestion.id);

  it('drops what a record more than 90 days old raised, and keeps what a younger one raised', () => {
    // 2026-08-24 is 90 days before TODAY.
    assert.deepEqual(traps({ 'assessments/s.md': stage('2026-08-24', ['hoarder']) }), ['trap-hoarder-hand-over', 'trap-hoarder-pair']);
    assert.deepEqual(traps({ 'assessments/s.md': stage('2026-08-23', ['hoarder']) }), []);
  });

  it('drops what an assessment raised once a newer one of the same type no longer says it', () => {
    const older = stage('2026-10-01', ['hoarder']);
    assert.deepEqual(traps({ 'assessments/a.md': older, 'assessments/b.md': stage('2026-11-01', ['rambler']) }), ['trap-rambler-summary']);
  });

  it('keeps what no dated record raises: the suggestions of the track', () => {
    const track = suggestionsFor(plan({ 'profile.md': PROFILE }), '2030-01-01', { kinds: ['track'] });
    assert.ok(track.some((suggestion) => suggestion.id === 'track-ic-staff'));
  });
});

describe('suggestions that propose the same action', () => {
  const pace = {
    'profile.md': PROFILE,
    'goals/b.md': goalFile('Ship refunds', 2),
    'reviews/2026-11-20.md': { kind: 'review', date: '2026-11-20', onTrack: 'yes', sustainable: false },
    'breaks/2026-12-22.md': { kind: 'break', type: 'time-off', start: '2026-12-22', end: '2027-01-02', committed: true },
  };
  const pauses = (files: Record<string, Record<string, unknown>>) =>
    suggestionsFor(plan(files), TODAY).filter((suggestion) => suggestion.proposal.kind === 'goal-change');

  it('are one row, with every reason', () => {
    const rows = pauses(pace);
    assert.equal(rows.length, 1, rows.map((row) => row.title).join(' | '));
    assert.equal(rows[0]!.title, 'Pause "Ship refunds" (2 active milestones)');
    assert.deepEqual(
      rows[0]!.reasons.map((reason) => reason.id),
      ['review-pace-pause', 'break-pause-busiest'],
    );
    assert.equal(
      suggestionItem(rows[0]!).why,
      'You said you cannot keep up this pace: drop something before it drops you. A break you spend worrying about milestones is no break.',
    );
  });

  it('are answered together: "Not now" for the row, or a file that took any of them, answers the row', () => {
    const dismissed = (ids: readonly string[]) => ({
      ...pace,
      'profile.md': { ...PROFILE, dismissedSuggestions: Object.fromEntries(ids.map((id) => [id, TODAY])) },
    });
    assert.deepEqual(pauses(dismissed(pauses(pace)[0]!.reasons.map((reason) => reason.id))), []);
    assert.deepEqual(pauses(dismissed(['review-pace-pause'])), []);
    const took = { ...pace, 'breaks/2026-12-22.md': { ...pace['breaks/2026-12-22.md'], suggestion: 'break-pause-busiest' } };
    assert.deepEqual(pauses(took), []);
  });

  it('keep a "Not now" given while the break is coming, until a later break is booked', () => {
    const away = { kind: 'break', type: 'time-off', start: '2026-12-22', end: '2027-01-02', committed: true };
    const breakOnly = { 'profile.md': PROFILE, 'goals/b.md': goalFile('Ship refunds', 2), 'breaks/2026-12-22.md': away };
    const notNow = (day: string, files: Record<string, Record<string, unknown>> = breakOnly) => ({
      ...files,
      'profile.md': { ...PROFILE, dismissedSuggestions: { 'break-pause-busiest': day } },
    });
    assert.equal(pauses(breakOnly).length, 1, 'the booked break suggests pausing the busiest goal');
    // Dismissed today, a month before the break starts: it stays dismissed.
    assert.deepEqual(pauses(notNow(TODAY)), []);
    // A break booked after the first one ended is a new record: the earlier "Not now" was not about it.
    const again = {
      ...breakOnly,
      'breaks/2026-12-22.md': { ...away, start: '2026-08-01', end: '2026-08-14' },
      'breaks/2027-02-01.md': { ...away, start: '2027-02-01', end: '2027-02-05' },
    };
    assert.deepEqual(pauses(notNow('2026-08-10', again)).length, 1);
    assert.deepEqual(pauses(notNow('2026-09-01', again)), []);
  });

  it('make one row of the same break, however many ruts ask for it', () => {
    const index = plan({
      'profile.md': PROFILE,
      'assessments/2026-11-01-rut.md': { kind: 'assessment', type: 'rut', date: '2026-11-01', scenarios: ['not-recognised', 'no-impact'] },
      'reviews/2026-11-15.md': {
        kind: 'review',
        date: '2026-11-15',
        onTrack: 'partly',
        sustainable: false,
        rutsEased: { 'not-recognised': 'no', 'no-impact': 'partly' },
      },
    });
    const timeOff = suggestionsFor(index, TODAY).filter(
      (suggestion) => suggestion.proposal.kind === 'break' && suggestion.proposal.type === 'time-off',
    );
    assert.equal(timeOff.length, 1);
    assert.deepEqual(timeOff[0]!.reasons.map((reason) => reason.id).sort(), [
      'not-eased-no-impact-break',
      'not-eased-not-recognised-break',
      'review-pace-time-off',
    ]);
  });
});

describe('a suggestion to plan a break', () => {
  const review = { kind: 'review', date: '2026-11-20', onTrack: 'yes', sustainable: false };
  const timeOff = (breaks: Record<string, Record<string, unknown>>) =>
    suggestionsFor(plan({ 'profile.md': PROFILE, 'reviews/2026-11-20.md': review, ...breaks }), TODAY)
      .filter((suggestion) => suggestion.proposal.kind === 'break')
      .map((suggestion) => suggestion.title);
  const booked = (type: string, start: string) => ({
    'breaks/booked.md': { kind: 'break', type, start, end: start, committed: true },
  });

  it('is answered by a break of its type already booked within the three months it asks for', () => {
    assert.deepEqual(timeOff({}), ['Plan time off within the next three months']);
    assert.deepEqual(timeOff(booked('time-off', '2026-12-22')), []);
  });

  it('stays while the booked break is of another type, or further out than three months', () => {
    assert.deepEqual(timeOff(booked('reflection-day', '2026-12-22')), ['Plan time off within the next three months']);
    assert.deepEqual(timeOff(booked('time-off', '2027-04-01')), ['Plan time off within the next three months']);
  });
});

describe('the suggestions of the demo plan', () => {
  const plan = indexPlan(readFolder(path.join(__dirname, '../../demo/growth')));
  const demo = suggestionsFor(plan, TODAY);

  it('come from records of the last 90 days, or from the track', () => {
    for (const reason of demo.flatMap((suggestion) => suggestion.reasons))
      assert.ok(reason.raisedOn === '' || reason.raisedOn >= '2026-08-24', `${reason.id} ${reason.raisedOn}`);
  });

  it('leave out the priorities the plan made goals, even while the assessment was young', () => {
    const candidates = suggestionsFor(plan, '2026-07-01', { kinds: ['candidate'] }).map((suggestion) => suggestion.title);
    assert.deepEqual(candidates, ['Rewrite the admin UI']);
  });

  it('say "pause the refunds redesign" once, for both its reasons', () => {
    const pause = demo.filter((suggestion) => suggestion.proposal.kind === 'goal-change' && suggestion.proposal.change === 'pause');
    assert.deepEqual(
      pause.map((suggestion) => suggestion.reasons.map((reason) => reason.id)),
      [['review-pace-pause', 'break-pause-busiest']],
    );
  });
});

describe('the review answers on the dashboard', () => {
  it('shows each review heading the right way or not, and each rut easing, oldest first', async () => {
    const { reviewAnswers } = await import('../../src/core/dashboard');
    const index = plan({
      'profile.md': PROFILE,
      'reviews/2026-10-01.md': { kind: 'review', date: '2026-10-01', onTrack: 'no', whys: ['x'] },
      'reviews/2026-10-15.md': {
        kind: 'review',
        date: '2026-10-15',
        onTrack: 'partly',
        rutsEased: { 'not-recognised': 'no', 'not-challenged': 'partly' },
      },
      'reviews/2026-11-01.md': { kind: 'review', date: '2026-11-01', onTrack: 'yes', rutsEased: { 'not-recognised': 'partly' } },
    });
    assert.deepEqual(reviewAnswers(index), {
      ruts: ['Not challenged', 'Not recognised'],
      reviews: [
        { date: '2026-10-01', onTrack: 'no', eased: ['–', '–'] },
        { date: '2026-10-15', onTrack: 'partly', eased: ['partly', 'no'] },
        { date: '2026-11-01', onTrack: 'yes', eased: ['–', 'partly'] },
      ],
    });
  });
});
