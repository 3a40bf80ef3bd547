import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { compareByPriority, priorityScore, type Prioritised } from '../../src/core/priority';
import type { PriorityScores } from '../../src/core/schema';

const rating = fc.integer({ min: 1, max: 5 });
const scores = fc.record({ impact: rating, effort: rating, reusability: rating, learnings: rating });
const bump = (value: number) => Math.min(5, value + 1);

describe('priority', () => {
  describe('score', () => {
    it('runs from 0 for the worst ratings to 100 for the best', () => {
      assert.equal(priorityScore({ impact: 5, effort: 1, reusability: 5, learnings: 5 }), 100);
      assert.equal(priorityScore({ impact: 1, effort: 5, reusability: 1, learnings: 1 }), 0);
      assert.equal(priorityScore({ impact: 3, effort: 3, reusability: 3, learnings: 3 }), 50);
    });

    it('rates the seed’s example high: impact 5, effort 3, reusability 4, learnings 2 scores 75', () => {
      assert.equal(priorityScore({ impact: 5, effort: 3, reusability: 4, learnings: 2 }), 75);
    });

    it('moves 12.5 points per step of impact and about 4 per step of anything else', () => {
      const base: PriorityScores = { impact: 2, effort: 3, reusability: 2, learnings: 2 };
      assert.equal(priorityScore({ ...base, impact: 3 }) - priorityScore(base), 13); // 37.5 → 38 from 25
      assert.equal(priorityScore({ ...base, reusability: 3 }) - priorityScore(base), 4);
      assert.equal(priorityScore(base) - priorityScore({ ...base, effort: 4 }), 4);
    });

    it('always stays within 0 to 100, as a whole number', () => {
      fc.assert(
        fc.property(
          scores,
          (ratings) => Number.isInteger(priorityScore(ratings)) && priorityScore(ratings) >= 0 && priorityScore(ratings) <= 100,
        ),
      );
    });

    it('weights a step of impact more than a step of any other rating', () => {
      fc.assert(
        fc.property(scores, (ratings) => {
          fc.pre(ratings.impact < 5);
          const impactGain = priorityScore({ ...ratings, impact: ratings.impact + 1 }) - priorityScore(ratings);
          return (
            (['reusability', 'learnings'] as const).every(
              (other) =>
                ratings[other] === 5 || impactGain > priorityScore({ ...ratings, [other]: bump(ratings[other]) }) - priorityScore(ratings),
            ) &&
            (ratings.effort === 1 || impactGain > priorityScore({ ...ratings, effort: ratings.effort - 1 }) - priorityScore(ratings))
          );
        }),
      );
    });

    it('counts effort against: more effort never raises the score', () => {
      fc.assert(
        fc.property(
          scores,
          (ratings) => ratings.effort === 5 || priorityScore({ ...ratings, effort: ratings.effort + 1 }) < priorityScore(ratings),
        ),
      );
    });
  });

  describe('order', () => {
    const goal = (title: string, due?: string, priority?: PriorityScores): Prioritised => ({ title, due, priority });
    const high = { impact: 5, effort: 2, reusability: 4, learnings: 3 };
    const low = { impact: 2, effort: 4, reusability: 2, learnings: 2 };
    const titles = (goals: Prioritised[]) => [...goals].sort(compareByPriority).map((item) => item.title);

    it('puts the higher score first, and unscored goals last', () => {
      assert.deepEqual(titles([goal('Unscored', '2026-01-01'), goal('Low', '2026-01-01', low), goal('High', '2026-12-31', high)]), [
        'High',
        'Low',
        'Unscored',
      ]);
    });

    it('puts an unscored goal after a goal that scores 0', () => {
      assert.deepEqual(titles([goal('Unscored'), goal('Zero', undefined, { impact: 1, effort: 5, reusability: 1, learnings: 1 })]), [
        'Zero',
        'Unscored',
      ]);
    });

    it('breaks a tie in score by the earlier due date, undated last', () => {
      assert.deepEqual(titles([goal('Undated', undefined, high), goal('Later', '2026-09-01', high), goal('Sooner', '2026-04-01', high)]), [
        'Sooner',
        'Later',
        'Undated',
      ]);
    });

    it('breaks a tie in score and date by title, reading numbers as numbers and ignoring case', () => {
      assert.deepEqual(
        titles([goal('step 10', '2026-04-01', high), goal('Step 2', '2026-04-01', high), goal('alpha', '2026-04-01', high)]),
        ['alpha', 'Step 2', 'step 10'],
      );
    });

    it('is a consistent order whatever the input order', () => {
      const arbitraryGoal = fc.record({
        title: fc.constantFrom('A', 'B', 'c', 'Goal 2', 'Goal 10'),
        due: fc.option(fc.constantFrom('2026-03-01', '2026-06-30', '2027-01-01'), { nil: undefined }),
        priority: fc.option(scores, { nil: undefined }),
      });
      fc.assert(
        fc.property(fc.array(arbitraryGoal, { maxLength: 12 }), (goals) => {
          const sorted = [...goals].sort(compareByPriority);
          const resorted = [...goals].reverse().sort(compareByPriority);
          return (
            sorted.every((item, index) => compareByPriority(item, resorted[index]!) === 0) &&
            sorted.every((item, index) => index === 0 || compareByPriority(sorted[index - 1]!, item) <= 0)
          );
        }),
      );
    });
  });
});
