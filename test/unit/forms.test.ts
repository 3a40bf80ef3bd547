import * as assert from 'node:assert/strict';
import { describeForm, submitForm, validateForm, type Submission } from '../../src/core/forms/engine';
import type { FormValues } from '../../src/core/forms/field';
import type { FormContext, FormId } from '../../src/core/forms/form';
import { formById } from '../../src/core/forms';
import { RUT_OPTIONS } from '../../src/core/forms/labels';
import { waysOut } from '../../src/core/forms/rut';
import { GrowthIndex } from '../../src/core/growthIndex';
import { readGrowthFile } from '../../src/core/reader';
import { editFrontMatter } from '../../src/core/writer';

const profileText = `---
kind: profile
schema: 1
currentLevel: Software Engineer II
targetLevel: Senior Software Engineer
track: ic
stage: before-senior
promotionCycle: 2027-H1
northStar:
  statement: Design the payment systems product teams rely on.
---
`;

const goalText = `---
kind: goal
schema: 1
title: Ship the refunds redesign by 31 December
horizon: short
status: active
due: 2026-12-31
milestones:
  - id: design
    title: Design approved
    status: done
    rubric:
      before: {confidence: 2, competence: 2, impact: 1, clarity: 2}
  - id: rollout
    title: Roll out everywhere
    status: planned   # comments stay
---

Notes stay too.
`;

const pausedGoalText = `---
kind: goal
schema: 1
title: Give two talks by March
horizon: short
status: paused
---
`;

const rutText = `---
kind: assessment
schema: 1
type: rut
date: 2026-11-01
scenarios: [not-challenged]
options: [Automate the release notes, Build a deploy dashboard]
---
`;

function planWith(files: Record<string, string>): GrowthIndex {
  const plan = new GrowthIndex();
  for (const [path, text] of Object.entries(files)) plan.set(path, text);
  return plan;
}

const fullPlan = () =>
  planWith({
    'profile.md': profileText,
    'goals/refunds.md': goalText,
    'goals/talks.md': pausedGoalText,
    'assessments/2026-11-01-rut.md': rutText,
  });

function contextFor(plan: GrowthIndex = fullPlan(), target?: FormContext['target']): FormContext {
  return { today: '2026-11-22', plan, checkinWeeks: 5, reviewCadence: 'biweekly', target };
}

/** Saves a form and checks that the file it writes is a valid growth file; returns what it writes and the file's data. */
function save(
  id: FormId,
  values: FormValues,
  context = contextFor(),
): { submission: Submission; data: Record<string, unknown>; body: string } {
  const result = submitForm(formById(id), context, values, () => false);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  const parsed = readGrowthFile(result.data.create.path, result.data.create.text);
  assert.ok(parsed?.record, JSON.stringify(parsed?.problems));
  assert.deepEqual(parsed.problems, []);
  const body = result.data.create.text.replace(/^---\n[\s\S]*?\n---\n\n?/, '');
  return { submission: result.data, data: parsed.record.data, body };
}

function errorsOf(id: FormId, values: FormValues, context = contextFor()): Record<string, string> {
  const result = validateForm(formById(id), context, values);
  assert.ok(!result.ok, 'expected the values to be refused');
  return { ...result.errors.fields };
}

function initialOf(id: FormId, context = contextFor()): FormValues {
  const result = describeForm(formById(id), context);
  assert.ok('description' in result);
  return result.description.initial;
}

describe('forms', () => {
  describe('rut scenario', () => {
    it('needs at least one scenario', () => {
      assert.deepEqual(errorsOf('rut', {}), { scenarios: 'Choose at least one.' });
    });

    it('saves the scenarios with the ways out picked and added, and offers each as a new goal, under its rut when it has one', () => {
      const suggestion = RUT_OPTIONS['not-recognised'][0]!;
      const { submission, data } = save('rut', {
        scenarios: ['not-challenged', 'not-recognised'],
        options: [suggestion],
        ownOptions: ['Pair with the data team'],
        notes: 'Same bugs again',
      });
      assert.equal(submission.create.path, 'assessments/2026-11-22-rut.md');
      assert.deepEqual(data.scenarios, ['not-challenged', 'not-recognised']);
      assert.deepEqual(data.options, [suggestion, 'Pair with the data team']);
      assert.equal(data.notes, 'Same bugs again');
      assert.deepEqual(submission.edits, []);
      // What was chosen comes first, each a goal away that answers its rut.
      const goals = submission.suggestions.map((item) => item.proposal).filter((proposal) => proposal.kind === 'goal');
      assert.deepEqual(
        goals.slice(0, 2).map((proposal) => [proposal.goal.title, proposal.goal.rut]),
        [
          [suggestion, 'not-recognised'],
          ['Pair with the data team', undefined],
        ],
      );
      assert.equal(submission.suggestions.length, 7, 'the chosen ways out, then every other way out of both ruts');
      assert.deepEqual(
        submission.summary.map((line) => line.label),
        ['What describes your situation?', 'Which ways out appeal to you?', 'Other ways out you can think of', 'How did you notice?'],
      );
      assert.equal(submission.summary[0]?.value, 'Not challenged, Not recognised');
    });

    it('offers New Goal the ways out of the latest rut: the chosen ones first, then the other suggestions', () => {
      assert.deepEqual(waysOut(fullPlan()), [
        { title: 'Automate the release notes', rut: 'not-challenged' },
        { title: 'Build a deploy dashboard', rut: 'not-challenged' },
        ...RUT_OPTIONS['not-challenged'].map((title) => ({ title, rut: 'not-challenged' })),
      ]);
      assert.deepEqual(waysOut(planWith({ 'profile.md': profileText })), []);
      const twoRuts = rutText.replace('scenarios: [not-challenged]', 'scenarios: [not-challenged, not-recognised]');
      const ways = waysOut(planWith({ 'profile.md': profileText, 'assessments/2026-11-01-rut.md': twoRuts }));
      assert.deepEqual(ways[0], { title: 'Automate the release notes' }, 'an own way out of two ruts belongs to neither');
      assert.deepEqual(
        ways.find((way) => way.title === RUT_OPTIONS['not-recognised'][0]),
        { title: RUT_OPTIONS['not-recognised'][0], rut: 'not-recognised' },
      );
    });

    it('keeps a way out of a rut not ticked, and offers it as a goal too', () => {
      const other = RUT_OPTIONS['not-excited'][0]!;
      const { data, submission } = save('rut', { scenarios: ['falling-behind'], options: [other, RUT_OPTIONS['falling-behind'][1]!] });
      assert.deepEqual(data.options, [other, RUT_OPTIONS['falling-behind'][1]]);
      assert.ok(submission.suggestions.some((item) => item.title === other && item.proposal.kind === 'goal'));
    });

    it('offers every fitting way out when none was picked', () => {
      const { submission, data } = save('rut', { scenarios: ['no-impact'] });
      assert.equal(data.options, undefined);
      assert.deepEqual(submission.suggestions.map((item) => item.title).sort(), [...RUT_OPTIONS['no-impact']].sort());
      assert.ok(submission.suggestions.every((item) => item.proposal.kind === 'goal' && item.proposal.goal.rut === 'no-impact'));
    });

    it('shows the ways out of every rut, those of the ruts ticked first', () => {
      const result = describeForm(formById('rut'), contextFor());
      assert.ok('description' in result);
      const options = result.description.fields.find((field) => field.name === 'options');
      assert.ok(options?.kind === 'multi-choice');
      assert.equal(options.showWhen, undefined);
      assert.deepEqual(
        options.options.map((option) => option.value),
        Object.values(RUT_OPTIONS).flat(),
      );
      assert.ok(
        options.options.every((option) => option.showWhen === undefined && option.firstWhen?.field === 'scenarios' && option.group),
      );
    });
  });

  describe('self-assessment', () => {
    it('needs a strength and a weakness', () => {
      assert.deepEqual(errorsOf('self', { opportunities: ['x'] }), {
        strengths: 'Add at least one strength.',
        weaknesses: 'Add at least one weakness.',
      });
    });

    it('saves the lists and the success markers, and writes what success means below the front matter', () => {
      const { submission, data, body } = save('self', {
        strengths: ['Calm debugging', ''],
        weaknesses: ['Quiet in big meetings'],
        values: ['craft'],
        successMarkers: ['mentorship', 'technical-mastery'],
        successMeaning: 'Being the one others learn payments from.',
      });
      assert.equal(submission.create.path, 'assessments/2026-11-22-self.md');
      assert.deepEqual(data.strengths, ['Calm debugging']);
      assert.deepEqual(data.values, ['craft']);
      assert.deepEqual(data.successMarkers, ['mentorship', 'technical-mastery']);
      assert.equal(data.successMeaning, undefined);
      assert.equal(body, '## What success means to me\n\nBeing the one others learn payments from.\n');
    });

    it('ignores a success marker it does not offer', () => {
      assert.deepEqual(save('self', { strengths: ['a'], weaknesses: ['b'], successMarkers: ['fame', 'recognition'] }).data.successMarkers, [
        'recognition',
      ]);
    });
  });

  describe('career stage', () => {
    const ratings = { 'pillars.technical': 4, 'pillars.relationships': 3, 'pillars.influence': 2 };

    it('starts from the profile’s stage', () => {
      assert.deepEqual(initialOf('stage'), { stage: 'before-senior' });
    });

    it('needs the stage and every pillar', () => {
      assert.deepEqual(Object.keys(errorsOf('stage', { 'pillars.technical': 4 })), ['stage', 'pillars.relationships', 'pillars.influence']);
    });

    it('saves the pillars and the failure modes checked, even none', () => {
      const { data, submission } = save('stage', { stage: 'before-senior', ...ratings });
      assert.deepEqual(data.pillars, { technical: 4, relationships: 3, influence: 2 });
      assert.deepEqual(data.failureModes, []);
      assert.match(submission.create.text, /^failureModes: \[\]$/m);
      assert.deepEqual(submission.edits, [], 'the profile already has this stage');
    });

    it('moves the profile to a new stage', () => {
      const { submission, data } = save('stage', { stage: 'senior', ...ratings, failureModes: ['hoarder', 'tactician'] });
      assert.deepEqual(data.failureModes, ['hoarder', 'tactician']);
      assert.deepEqual(submission.edits, [{ path: 'profile.md', edits: [{ op: 'set', path: ['stage'], value: 'senior' }] }]);
    });

    it('groups the failure modes by the stage where they show', () => {
      const result = describeForm(formById('stage'), contextFor());
      assert.ok('description' in result);
      const modes = result.description.fields.find((field) => field.name === 'failureModes');
      assert.ok(modes?.kind === 'multi-choice');
      assert.deepEqual(
        [...new Set(modes.options.map((option) => option.group))],
        ['Traps before senior', 'Traps on the way to senior', 'Traps past senior'],
      );
      assert.deepEqual(
        modes.options.slice(0, 3).map((option) => option.label),
        ['Not delivering despite support', 'Needs constant hand-holding', 'Argumentative or closed-minded'],
      );
    });

    it('shows what the stage picked and the next one expect, and what speeds growth there', () => {
      const result = describeForm(formById('stage'), contextFor());
      assert.ok('description' in result);
      const notes = result.description.fields.filter((field) => field.kind === 'note');
      assert.deepEqual(
        notes.map((field) => field.showWhen?.is),
        [['before-senior'], ['senior'], ['past-senior']],
      );
      const first = notes[0];
      assert.ok(first?.kind === 'note');
      assert.deepEqual(
        first.sections.map((section) => section.heading),
        ['Before senior: what is expected', 'Before senior: what speeds growth', 'Senior: what is expected', 'Senior: what speeds growth'],
      );
      assert.ok(first.sections[1]!.points.includes('Be reliable: do what you said you would.'));
      const last = notes[2];
      assert.ok(last?.kind === 'note');
      assert.equal(last.sections.length, 2, 'past senior has no next stage');
    });

    it('asks the root-cause questions, saves the answers and suggests from them', () => {
      const { data, submission } = save('stage', {
        stage: 'senior',
        'pillars.technical': 4,
        'pillars.relationships': 2,
        'pillars.influence': 3,
        failureModes: [],
        'rootCauses.seniorityOnProject': 'most-junior',
        'rootCauses.careerTalk': false,
      });
      assert.deepEqual(data.rootCauses, { seniorityOnProject: 'most-junior', careerTalk: false });
      const ids = submission.suggestions.map((item) => item.id);
      assert.ok(
        ids.includes('cause-next-level-project') && ids.includes('cause-career-talk') && ids.includes('pillar-senior-relationships'),
        ids.join(),
      );
      assert.equal(
        save('stage', { stage: 'senior', 'pillars.technical': 4, 'pillars.relationships': 2, 'pillars.influence': 3, failureModes: [] })
          .data.rootCauses,
        undefined,
      );
    });
  });

  describe('promotion readiness', () => {
    const answers = { performingAtNextLevel: 3, businessJustification: true, voicedToManager: false };

    it('starts from the profile’s target level and cycle', () => {
      assert.deepEqual(initialOf('promotion'), { targetLevel: 'Senior Software Engineer', cycle: '2027-H1' });
    });

    it('asks about a commitment only once the manager has been told', () => {
      assert.deepEqual(errorsOf('promotion', { ...answers, voicedToManager: true }), { firmCommitment: 'Answer yes or no.' });
      const { data } = save('promotion', { ...answers, firmCommitment: true, feedback: 'not asked yet' });
      assert.equal(data.firmCommitment, false, 'a hidden answer does not count');
      assert.equal(data.feedback, undefined);
    });

    it('saves the answers and the commitment', () => {
      const { data, submission } = save('promotion', {
        ...answers,
        voicedToManager: true,
        firmCommitment: false,
        budget: true,
        cycle: '2027-H1',
        targetLevel: 'Senior Software Engineer',
        feedback: 'Show influence beyond the team.',
      });
      assert.deepEqual(
        { ...data },
        {
          kind: 'assessment',
          schema: 1,
          type: 'promotion',
          date: '2026-11-22',
          targetLevel: 'Senior Software Engineer',
          performingAtNextLevel: 3,
          businessJustification: true,
          budget: true,
          voicedToManager: true,
          firmCommitment: false,
          cycle: '2027-H1',
          feedback: 'Show influence beyond the team.',
        },
      );
      assert.deepEqual(submission.edits, []);
    });

    it('moves the profile to a new promotion cycle', () => {
      const { submission } = save('promotion', { ...answers, cycle: '2027-H2' });
      assert.deepEqual(submission.edits, [{ path: 'profile.md', edits: [{ op: 'set', path: ['promotionCycle'], value: '2027-H2' }] }]);
    });

    it('needs the three core answers', () => {
      assert.deepEqual(Object.keys(errorsOf('promotion', {})), ['performingAtNextLevel', 'businessJustification', 'voicedToManager']);
    });
  });

  describe('growth rubric', () => {
    const ratings = { 'ratings.confidence': 3, 'ratings.competence': 4, 'ratings.impact': 2, 'ratings.clarity': 5 };
    const rollout = contextFor(fullPlan(), { goalId: 'refunds', milestoneId: 'rollout' });
    const design = contextFor(fullPlan(), { goalId: 'refunds', milestoneId: 'design' });

    it('names the milestone it rates', () => {
      const result = describeForm(formById('rubric'), rollout);
      assert.ok('description' in result);
      assert.equal(result.description.subject, 'Roll out everywhere (Ship the refunds redesign by 31 December)');
    });

    it('starts with "before", or "after" once the milestone has a before, and shows the before next to each rating', () => {
      assert.deepEqual(initialOf('rubric', rollout), { phase: 'before' });
      assert.deepEqual(initialOf('rubric', design), { phase: 'after' });
      const result = describeForm(formById('rubric'), design);
      assert.ok('description' in result);
      assert.match(result.description.fields.find((field) => field.name === 'ratings.impact')?.help ?? '', /you gave 1\.$/);
    });

    it('needs the phase and all four ratings', () => {
      assert.deepEqual(Object.keys(errorsOf('rubric', { 'ratings.clarity': 2 }, rollout)), [
        'phase',
        'ratings.confidence',
        'ratings.competence',
        'ratings.impact',
      ]);
      assert.equal(
        errorsOf('rubric', { phase: 'before', ...ratings, 'ratings.clarity': 6 }, rollout)['ratings.clarity'],
        'Must be at most 5.',
      );
    });

    it('writes a dated rubric assessment and sets the milestone’s rubric in its goal, changing nothing else', () => {
      const { submission, data } = save('rubric', { phase: 'before', ...ratings, notes: 'Never rolled out this big.' }, rollout);
      assert.equal(submission.create.path, 'assessments/2026-11-22-rubric.md');
      assert.deepEqual(
        { goal: data.goal, milestone: data.milestone, phase: data.phase, ratings: data.ratings, notes: data.notes },
        {
          goal: 'refunds',
          milestone: 'rollout',
          phase: 'before',
          ratings: { confidence: 3, competence: 4, impact: 2, clarity: 5 },
          notes: 'Never rolled out this big.',
        },
      );
      assert.equal(submission.edits.length, 1);
      const [edit] = submission.edits;
      assert.equal(edit?.path, 'goals/refunds.md');
      const edited = editFrontMatter(goalText, edit.edits);
      assert.ok(edited.ok);
      const inserted = '    rubric:\n      before:\n        confidence: 3\n        competence: 4\n        impact: 2\n        clarity: 5\n';
      assert.equal(
        edited.text,
        goalText.replace('    status: planned   # comments stay\n', `    status: planned   # comments stay\n${inserted}`),
      );
    });

    it('sets the after of a milestone rated before, next to it', () => {
      const { submission } = save('rubric', { phase: 'after', ...ratings }, design);
      const edited = editFrontMatter(goalText, submission.edits[0]!.edits);
      assert.ok(edited.ok);
      const milestone = readGrowthFile('goals/refunds.md', edited.text)?.record?.data as { milestones: { rubric?: unknown }[] };
      assert.deepEqual(milestone.milestones[0]?.rubric, {
        before: { confidence: 2, competence: 2, impact: 1, clarity: 2 },
        after: { confidence: 3, competence: 4, impact: 2, clarity: 5 },
      });
    });
  });

  describe('periodic review', () => {
    it('asks for the five whys only when the answer is no, and then needs the first', () => {
      assert.deepEqual(errorsOf('review', { onTrack: 'no' }), { whys: 'Answer at least the first why: it is where the way back starts.' });
      const { data } = save('review', { onTrack: 'no', whys: ['Too many meetings', 'I say yes to all', '', '', ''] });
      assert.deepEqual(data.whys, ['Too many meetings', 'I say yes to all']);
      const { data: onTrack } = save('review', { onTrack: 'yes', whys: ['left from a no'] });
      assert.equal(onTrack.whys, undefined);
    });

    it('offers five why questions', () => {
      const result = describeForm(formById('review'), contextFor());
      assert.ok('description' in result);
      const whys = result.description.fields.find((field) => field.name === 'whys');
      assert.ok(whys?.kind === 'text-list');
      assert.equal(whys.prompts?.length, 5);
      assert.deepEqual(whys.showWhen, { field: 'onTrack', is: ['no'] });
    });

    it('asks about each active goal, and saves only the ones answered', () => {
      const result = describeForm(formById('review'), contextFor());
      assert.ok('description' in result);
      const goals = result.description.fields.find((field) => field.name === 'goals');
      assert.ok(goals?.kind === 'records');
      assert.deepEqual(goals.fixedRows, [{ label: 'Ship the refunds redesign by 31 December', values: { goal: 'refunds' } }]);
      const { data, submission } = save('review', {
        onTrack: 'partly',
        improved: 'Prototype works',
        sustainable: false,
        goals: [{ movedForward: true, note: 'Prototype done' }],
      });
      assert.equal(submission.create.path, 'reviews/2026-11-22.md');
      assert.deepEqual(data.goals, [{ goal: 'refunds', movedForward: true, note: 'Prototype done' }]);
      assert.equal(data.sustainable, false);
      assert.deepEqual(save('review', { onTrack: 'yes', goals: [{}] }).data.goals, undefined);
    });

    it('records where each goal with a number in its target stands, in the goal’s own progress', () => {
      const measuredGoal = goalText.replace(
        'due: 2026-12-31\n',
        'due: 2026-12-31\nmeasurable: {metric: minutes to refund, target: under 1 minute}\n',
      );
      const context = contextFor(planWith({ 'profile.md': profileText, 'goals/refunds.md': measuredGoal }));
      const result = describeForm(formById('review'), context);
      assert.ok('description' in result);
      const progress = result.description.fields.find((field) => field.name === 'progress');
      assert.ok(progress?.kind === 'records');
      assert.deepEqual(progress.fixedRows, [
        { label: 'Ship the refunds redesign by 31 December (target under 1 minute)', values: { goal: 'refunds' } },
      ]);
      const { data, submission } = save(
        'review',
        { onTrack: 'yes', progress: [{ value: '14 hours', note: 'Two markets moved' }] },
        context,
      );
      assert.equal(data.progress, undefined);
      assert.equal(submission.edits.length, 1);
      const edited = editFrontMatter(measuredGoal, submission.edits[0]!.edits);
      assert.ok(edited.ok);
      // Only the new lines: the rest of the goal, comments and body included, stays as written.
      assert.equal(
        edited.text,
        measuredGoal.replace(
          '---\n\nNotes',
          'progress:\n  - date: 2026-11-22\n    value: 14 hours\n    note: Two markets moved\n---\n\nNotes',
        ),
      );
      assert.deepEqual(errorsOf('review', { onTrack: 'yes', progress: [{ value: 'a lot' }] }, context), {
        'progress.0.value': 'Write a number, such as 45 or "45 minutes".',
      });
    });

    it('asks for no progress when no active goal has a number in its target', () => {
      const result = describeForm(formById('review'), contextFor());
      assert.ok('description' in result);
      assert.equal(
        result.description.fields.find((field) => field.name === 'progress'),
        undefined,
      );
    });

    it('needs a yes or no for a goal with a note', () => {
      assert.deepEqual(errorsOf('review', { onTrack: 'yes', goals: [{ note: 'Hm' }] }), { 'goals.0.movedForward': 'Answer yes or no.' });
    });

    it('leaves the goals out for a plan without active goals', () => {
      const result = describeForm(formById('review'), contextFor(planWith({ 'profile.md': profileText })));
      assert.ok('description' in result);
      assert.equal(
        result.description.fields.some((field) => field.name === 'goals'),
        false,
      );
    });
  });

  describe('goals whose id is their file name', () => {
    // A goal without an `id` key is known by its file name, which may hold capitals and spaces.
    const untidyGoal = goalText.replace('title: Ship the refunds redesign by 31 December', 'title: Ship refunds');
    for (const name of ['Ship Refunds', 'ShipRefunds', 'Überweisung 2.0 (Q1)', '100% done']) {
      const plan = () => planWith({ 'profile.md': profileText, [`goals/${name}.md`]: untidyGoal });

      it(`rates a milestone of "${name}.md" and links the rating to it`, () => {
        const { submission, data } = save(
          'rubric',
          { phase: 'before', 'ratings.confidence': 3, 'ratings.competence': 4, 'ratings.impact': 2, 'ratings.clarity': 5 },
          contextFor(plan(), { goalId: name, milestoneId: 'rollout' }),
        );
        assert.equal(data.goal, name);
        assert.equal(submission.edits[0]?.path, `goals/${name}.md`);
      });

      it(`knows "${name}.md" by its file name as the user wrote it, also when the extension names it by URI`, () => {
        const byUri = planWith({ [`file:///work/growth/goals/${encodeURIComponent(name)}.md`]: untidyGoal });
        assert.deepEqual(
          byUri.goals().map((goal) => goal.id),
          [name],
        );
      });

      it(`records where "${name}.md" stands in a review`, () => {
        const measured = planWith({
          'profile.md': profileText,
          [`goals/${name}.md`]: untidyGoal.replace(
            'due: 2026-12-31\n',
            'due: 2026-12-31\nmeasurable: {metric: markets, target: 5 markets}\n',
          ),
        });
        const { submission } = save('review', { onTrack: 'yes', progress: [{ value: '3 markets' }] }, contextFor(measured));
        assert.equal(submission.edits[0]?.path, `goals/${name}.md`);
      });

      it(`reviews "${name}.md" with the other active goals`, () => {
        const { data } = save('review', { onTrack: 'yes', goals: [{ movedForward: true, note: 'Shipped' }] }, contextFor(plan()));
        assert.deepEqual(data.goals, [{ goal: name, movedForward: true, note: 'Shipped' }]);
      });
    }
  });

  describe('mentor check-in', () => {
    it('starts from the profile’s mentor and the next check-in on the cadence', () => {
      const plan = planWith({ 'profile.md': profileText.replace('stage:', 'mentor: Priya\nstage:') });
      assert.deepEqual(initialOf('checkin', contextFor(plan)), { mentor: 'Priya', next: '2026-12-27' });
    });

    it('needs a mentor, and a next date after today', () => {
      assert.deepEqual(errorsOf('checkin', {}), { mentor: 'Write something here.' });
      assert.deepEqual(errorsOf('checkin', { mentor: 'Priya', next: '2026-11-22' }), { next: 'Pick a day after today.' });
      assert.match(errorsOf('checkin', { mentor: 'Priya', next: '2026-02-30' }).next ?? '', /real date/);
    });

    it('saves the actions and the next date, the notes as Markdown, and names the mentor in a profile without one', () => {
      const { data, body, submission } = save('checkin', {
        mentor: 'Priya',
        notes: 'Talked about the design review.',
        actions: ['Book the review'],
        next: '2027-01-05',
      });
      assert.equal(submission.create.path, 'checkins/2026-11-22.md');
      assert.deepEqual(
        { mentor: data.mentor, actions: data.actions, next: data.next },
        { mentor: 'Priya', actions: ['Book the review'], next: '2027-01-05' },
      );
      assert.equal(body, '## What we talked about\n\nTalked about the design review.\n');
      assert.deepEqual(submission.edits, [{ path: 'profile.md', edits: [{ op: 'set', path: ['mentor'], value: 'Priya' }] }]);
    });

    it('leaves a profile’s mentor alone', () => {
      const plan = planWith({ 'profile.md': profileText.replace('stage:', 'mentor: Priya\nstage:') });
      assert.deepEqual(save('checkin', { mentor: 'Sam' }, contextFor(plan)).submission.edits, []);
    });
  });

  describe('priorities', () => {
    const scores = { impact: 5, effort: 2, reusability: 3, learnings: 4 };

    it('starts from the ways out of the latest rut assessment', () => {
      assert.deepEqual(initialOf('priorities'), {
        candidates: [{ title: 'Automate the release notes' }, { title: 'Build a deploy dashboard' }],
      });
      assert.deepEqual(initialOf('priorities', contextFor(planWith({}))), { candidates: [{ title: '' }] });
    });

    it('needs at least one scored option, every score for each', () => {
      assert.deepEqual(errorsOf('priorities', { candidates: [{ title: '' }] }), { candidates: 'Add at least one option.' });
      assert.deepEqual(errorsOf('priorities', { candidates: [{ title: 'A', impact: 3 }] }), {
        'candidates.0.effort': 'Choose a rating from 1 to 5.',
        'candidates.0.reusability': 'Choose a rating from 1 to 5.',
        'candidates.0.learnings': 'Choose a rating from 1 to 5.',
      });
    });

    it('saves the options and shows them most worth doing first, each one a goal away', () => {
      const { data, submission } = save('priorities', {
        candidates: [
          { title: 'Rewrite the admin UI', impact: 2, effort: 4, reusability: 2, learnings: 3 },
          { title: '' },
          { title: 'Automate the release notes', ...scores },
        ],
      });
      assert.deepEqual(data.candidates, [
        { title: 'Rewrite the admin UI', impact: 2, effort: 4, reusability: 2, learnings: 3 },
        { title: 'Automate the release notes', ...scores },
      ]);
      assert.deepEqual(
        submission.suggestions.map((item) => [item.title, item.why, item.proposal.kind === 'goal' && item.proposal.goal.title]),
        [
          ['Automate the release notes', 'score 83 of 100', 'Automate the release notes'],
          ['Rewrite the admin UI', 'score 29 of 100', 'Rewrite the admin UI'],
        ],
      );
    });
  });

  describe('break plan', () => {
    it('starts with five days off a month from now', () => {
      assert.deepEqual(initialOf('break'), { type: 'time-off', start: '2026-12-22', end: '2026-12-26' });
    });

    it('refuses a last day before the first, and a first day in the past', () => {
      assert.deepEqual(errorsOf('break', { type: 'rest-day', start: '2026-12-10', end: '2026-12-09' }), {
        end: 'The last day cannot come before the first day.',
      });
      assert.deepEqual(errorsOf('break', { type: 'rest-day', start: '2026-11-21', end: '2026-11-21' }), {
        start: 'Pick today or a day after it.',
      });
      assert.deepEqual(Object.keys(errorsOf('break', {})), ['type', 'start', 'end']);
    });

    it('saves the break named after its first day and kind, with the notes as Markdown', () => {
      const { data, body, submission } = save('break', {
        type: 'time-off',
        start: '2026-12-22',
        end: '2027-01-02',
        committed: true,
        notes: 'Laptop stays at work.',
      });
      assert.equal(submission.create.path, 'breaks/2026-12-22-time-off.md');
      assert.deepEqual(
        { type: data.type, start: data.start, end: data.end, committed: data.committed },
        { type: 'time-off', start: '2026-12-22', end: '2027-01-02', committed: true },
      );
      assert.equal(body, '## Making it a real break\n\nLaptop stays at work.\n');
    });

    it('saves a break nobody booked yet as not committed', () => {
      assert.equal(save('break', { type: 'rest-day', start: '2026-11-22', end: '2026-11-22' }).data.committed, false);
    });
  });
});
