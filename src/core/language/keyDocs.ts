/**
 * What each front-matter key means, in the user's language: shown beside a key in completion
 * and when hovering over it. The words follow docs/file-format.md; a unit test checks that
 * every key of every schema has one.
 */
import * as l10n from '@vscode/l10n';
import type { FileKind } from '../schema';

/** Keys every file may have, whatever its kind. */
function headerDocs(): Record<string, string> {
  return {
    kind: l10n.t('What the file is: profile, goal, card, assessment, review, checkin, evidence, service or break.'),
    schema: l10n.t('The format version the file was written for: 1.'),
    id: l10n.t('How other files refer to this one. Without it, the file name (without .md) is the id.'),
    tags: l10n.t('Your own labels, for search and for your own tools.'),
    suggestion: l10n.t('The suggested next step this file answers; DevGrowth stops suggesting it.'),
  };
}

/** The four dimensions of the growth rubric, under `prefix`. */
function rubricDocs(prefix: string): Record<string, string> {
  return {
    [`${prefix}.confidence`]: l10n.t('How sure you feel, 1 to 5.'),
    [`${prefix}.competence`]: l10n.t('How well you can do it, 1 to 5.'),
    [`${prefix}.impact`]: l10n.t('How much it changes, 1 to 5.'),
    [`${prefix}.clarity`]: l10n.t('How clearly you see the way, 1 to 5.'),
  };
}

/** Per kind, the meaning of each key, by its path (`milestones[].status`). */
function kindDocs(kind: FileKind): Record<string, string> {
  switch (kind) {
    case 'profile':
      return {
        name: l10n.t('Your name, for the heading of exports.'),
        currentLevel: l10n.t("Your level today, in your company's words."),
        targetLevel: l10n.t('The level you are working towards.'),
        seekingPromotion: l10n.t('false when you are not after a promotion now: promotion reminders stay quiet.'),
        track: l10n.t('Individual contributor or management: parallel tracks, not rungs of one ladder.'),
        stage: l10n.t('Your career stage: before senior, senior or past senior.'),
        promotionCycle: l10n.t("The promotion cycle you aim for, in your company's words."),
        northStar: l10n.t('Where you want to be, one to five years out.'),
        'northStar.statement': l10n.t('Where you want to be, in one sentence, one to five years out.'),
        'northStar.by': l10n.t('When you want to be there.'),
        cadence: l10n.t('How often you look back; these values win over the settings.'),
        'cadence.review': l10n.t('How often you review: weekly, biweekly or monthly.'),
        'cadence.checkinWeeks': l10n.t('Weeks between mentor check-ins, 1 to 26.'),
        mentor: l10n.t("Your mentor's name, for check-in reminders."),
        dismissedSuggestions: l10n.t('Suggested next steps answered "Not now": suggestion id and the day.'),
        dismissedGitEvidence: l10n.t(
          'Suggested evidence from git answered "Not evidence": suggestion id and the day. It never comes back.',
        ),
        mergedGitEvidence: l10n.t(
          'Suggested evidence merged with another ("Merge with…"): its id and the id of the one it joins. The two stay one piece of work.',
        ),
        coreConcepts: l10n.t('A few concepts to revisit on a spaced schedule.'),
        'coreConcepts[].name': l10n.t('The concept.'),
        'coreConcepts[].learned': l10n.t('The day you learned it.'),
        'coreConcepts[].reviewed': l10n.t('The days you revisited it.'),
      };
    case 'goal':
      return {
        title: l10n.t('The goal in one sentence, with a number or a date in it.'),
        horizon: l10n.t('Long term (one to five years) or short term (weeks to months).'),
        status: l10n.t('Where the goal stands: draft, active, paused, done or dropped.'),
        parent: l10n.t('The long-term goal this one builds towards.'),
        pillar: l10n.t('The part of your growth it feeds: technical, relationships or influence.'),
        specific: l10n.t('S: what exactly you will do or build.'),
        measurable: l10n.t('M: how you will know it is reached.'),
        'measurable.metric': l10n.t('What you count or measure.'),
        'measurable.target': l10n.t('The value that means done.'),
        'measurable.current': l10n.t('Where you are today.'),
        achievable: l10n.t('A: why it is within reach.'),
        relevant: l10n.t('R: why it matters for your long-term goal or north star.'),
        start: l10n.t('T: when you start.'),
        due: l10n.t('T: when it is done at the latest.'),
        stretch: l10n.t('A harder target or an earlier date, on top of the normal ones.'),
        'stretch.target': l10n.t('The harder target.'),
        'stretch.due': l10n.t('The earlier date, before due.'),
        horizonStart: l10n.t("The first day of the goal's 90-day horizon."),
        hoursPerWeek: l10n.t('The hours a week the goal takes on top of your normal work.'),
        successMarker: l10n.t('What success means for this goal.'),
        rut: l10n.t('The rut this goal answers.'),
        priority: l10n.t('Impact, effort, reusability and learnings, each 1 to 5.'),
        'priority.impact': l10n.t('How much it changes, 1 to 5 (weighs most).'),
        'priority.effort': l10n.t('How much work it takes, 1 to 5.'),
        'priority.reusability': l10n.t('How much of it you can use again, 1 to 5.'),
        'priority.learnings': l10n.t('How much you learn from it, 1 to 5.'),
        progress: l10n.t('Dated values toward the measurable target, oldest first.'),
        'progress[].date': l10n.t('The day of the value.'),
        'progress[].value': l10n.t("Where you stood: a number, or a number with the target's unit."),
        'progress[].note': l10n.t('What moved it.'),
        example: l10n.t('true on a starter example: kept out of reminders, the calendar and exports until you remove the line.'),
        milestones: l10n.t('The steps, three to five for a 90-day horizon.'),
        'milestones[].id': l10n.t('Unique within the goal; cards, evidence and rubric ratings link to it.'),
        'milestones[].title': l10n.t('The step.'),
        'milestones[].doneWhen': l10n.t('The definition of done: how you will know to stop.'),
        'milestones[].due': l10n.t('When it is done at the latest.'),
        'milestones[].status': l10n.t('Where the milestone stands: planned, active, done or dropped.'),
        'milestones[].completed': l10n.t('The day it was done.'),
        'milestones[].suggestion': l10n.t('The suggested next step this milestone answers.'),
        'milestones[].rubric': l10n.t('The growth rubric, rated before you start and when you finish.'),
        'milestones[].rubric.before': l10n.t('Confidence, competence, impact and clarity before you start, each 1 to 5.'),
        'milestones[].rubric.after': l10n.t('Confidence, competence, impact and clarity when it is done, each 1 to 5.'),
        ...rubricDocs('milestones[].rubric.before'),
        ...rubricDocs('milestones[].rubric.after'),
      };
    case 'card':
      return {
        title: l10n.t("What the card is about, usually the milestone's title."),
        goal: l10n.t('The goal the card belongs to.'),
        milestone: l10n.t('The milestone of that goal; without it, the card is about the whole goal.'),
        artefacts: l10n.t('What the work produced.'),
        'artefacts[].type': l10n.t('Technical (code), process (a decision log) or people (a talk or write-up).'),
        'artefacts[].title': l10n.t('What it is.'),
        'artefacts[].link': l10n.t('A URL or a path.'),
        'artefacts[].date': l10n.t('When it was made.'),
        concepts: l10n.t('The key concepts learned for it.'),
        peerReviews: l10n.t('What peers said of the work.'),
        'peerReviews[].date': l10n.t('When they gave it.'),
        'peerReviews[].reviewer': l10n.t('Who reviewed it.'),
        'peerReviews[].artefact': l10n.t('The artefact they reviewed.'),
        'peerReviews[].feedback': l10n.t('What they said.'),
      };
    case 'assessment':
      return {
        type: l10n.t('Which assessment: rut, self, stage, promotion, rubric or priorities.'),
        date: l10n.t('The day you made it.'),
        notes: l10n.t('Anything worth keeping with it; longer notes go in the body.'),
        scenarios: l10n.t('The ruts you are in.'),
        options: l10n.t('The ways out you chose.'),
        strengths: l10n.t('What you do well.'),
        weaknesses: l10n.t('What holds you back.'),
        opportunities: l10n.t('Openings around you: projects, people, gaps.'),
        values: l10n.t('What matters to you at work.'),
        interests: l10n.t('What you would like to spend more time on.'),
        successMarkers: l10n.t('What success means to you.'),
        stage: l10n.t('Your career stage: before senior, senior or past senior.'),
        pillars: l10n.t('Technical, relationships and influence, each 1 to 5.'),
        'pillars.technical': l10n.t('The skills to do the work, 1 to 5.'),
        'pillars.relationships': l10n.t('Trust and networks that get work done with others, 1 to 5.'),
        'pillars.influence': l10n.t('Persuading, aligning, setting direction, 1 to 5.'),
        failureModes: l10n.t('The failure modes you see in yourself.'),
        rootCauses: l10n.t('Your answers to the root-cause questions asked before goals for the weakest pillar.'),
        'rootCauses.projectImportance': l10n.t('How important your current project is to the organisation: high, medium or low.'),
        'rootCauses.seniorityOnProject': l10n.t('Whether you are the most senior on the project, in between, or the most junior.'),
        'rootCauses.careerTalk': l10n.t('Whether you had a career talk with your manager, with dates: true or false.'),
        'rootCauses.leaders': l10n.t('What made the leaders who influenced you stand out.'),
        targetLevel: l10n.t('The level in question.'),
        performingAtNextLevel: l10n.t('How far you already work at that level, 1 to 5.'),
        businessJustification: l10n.t('Whether the business needs the role: true or false.'),
        budget: l10n.t('Whether there is money for it: true or false.'),
        voicedToManager: l10n.t('Whether you have told your manager you want it: true or false.'),
        firmCommitment: l10n.t('Whether your manager has committed to it: true or false.'),
        cycle: l10n.t('The promotion cycle you aim for.'),
        feedback: l10n.t('What came back from your manager or the promotion committee.'),
        goal: l10n.t('The goal of the milestone rated.'),
        milestone: l10n.t('The milestone rated.'),
        phase: l10n.t('Rated before starting, or on finishing.'),
        ratings: l10n.t('Confidence, competence, impact and clarity, each 1 to 5.'),
        ...rubricDocs('ratings'),
        candidates: l10n.t('What you weigh against each other, each with a title and four ratings.'),
        'candidates[].title': l10n.t('The candidate.'),
        'candidates[].impact': l10n.t('How much it changes, 1 to 5 (weighs most).'),
        'candidates[].effort': l10n.t('How much work it takes, 1 to 5.'),
        'candidates[].reusability': l10n.t('How much of it you can use again, 1 to 5.'),
        'candidates[].learnings': l10n.t('How much you learn from it, 1 to 5.'),
      };
    case 'review':
      return {
        date: l10n.t('The day of the review; the next one is due a cadence later.'),
        onTrack: l10n.t('Are you heading the right way: yes, partly or no.'),
        improved: l10n.t('What got better.'),
        learned: l10n.t('What you learned.'),
        sustainable: l10n.t('Whether the pace is one you can keep: true or false.'),
        whys: l10n.t('The five whys, when the answer is no.'),
        rutsEased: l10n.t('For each rut of the latest rut assessment: has it eased? yes, partly or no.'),
        soundingBoard: l10n.t('Who to ask for an outside view.'),
        goals: l10n.t('Per goal: whether it moved forward.'),
        'goals[].goal': l10n.t('The goal.'),
        'goals[].movedForward': l10n.t('Whether it moved forward: true or false.'),
        'goals[].note': l10n.t('A word on it.'),
      };
    case 'checkin':
      return {
        date: l10n.t('The day of the check-in.'),
        mentor: l10n.t('Who you met.'),
        actions: l10n.t('What you agreed to do.'),
        next: l10n.t('The next check-in.'),
      };
    case 'evidence':
      return {
        date: l10n.t('When it happened.'),
        title: l10n.t('What you achieved, in one line.'),
        goal: l10n.t('The goal it counts towards.'),
        milestone: l10n.t('The milestone of that goal.'),
        pillar: l10n.t('Technical, relationships or influence.'),
        impact: l10n.t('What changed because of it, in numbers where you can.'),
        links: l10n.t('Pull requests, documents, recordings.'),
        commits: l10n.t('The commits it is made of, by hash (Log as Evidence from git writes them).'),
        pullRequest: l10n.t('The pull request it was merged in: a link, or #123.'),
      };
    case 'service':
      return {
        date: l10n.t('When.'),
        title: l10n.t('What you did.'),
        type: l10n.t('Which kind of service to others.'),
        who: l10n.t('Who it helped.'),
        hours: l10n.t('Roughly how long it took.'),
      };
    case 'break':
      return {
        type: l10n.t('Time off, a rest day or a reflection day.'),
        start: l10n.t('The first day.'),
        end: l10n.t('The last day, on or after start.'),
        committed: l10n.t('Booked and in the calendar; only committed time off stops the reminder.'),
      };
  }
}

/** The meaning of the key at a schema path (`milestones[].status`) of a kind, if known. */
export function keyDoc(kind: FileKind | undefined, schemaPath: string): string | undefined {
  return (kind && kindDocs(kind)[schemaPath]) ?? headerDocs()[schemaPath];
}
