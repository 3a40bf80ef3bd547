import * as assert from 'node:assert/strict';
import { indexPlan } from './growthPlan';
import { germanBundle, speaking } from './languages';

const goal = `---\nkind: goal\nschema: 1\nid: talk\ntitle: Give a talk\nhorizon: long\nstatus: active\nmilestones:\n  - id: outline\n    title: Outline\n    status: planned\n---\n`;
const card = (link: string) => `---\nkind: card\nschema: 1\ntitle: Practise\n${link}\n---\n`;

function linkMessages(link: string): string[] {
  const index = indexPlan([
    ['goals/talk.md', goal],
    ['cards/practise.md', card(link)],
  ]);
  return index
    .problems('cards/practise.md', '2026-12-01')
    .filter((problem) => problem.code.startsWith('link/'))
    .map((problem) => problem.message);
}

describe('link checks', () => {
  it('names the unknown goal and where goal ids come from', () => {
    assert.deepEqual(linkMessages('goal: speaking'), [
      'No goal has the id "speaking". Use the file name of a goal in goals/ (without .md), or its id.',
    ]);
  });

  it('lists the milestones a goal does have', () => {
    assert.deepEqual(linkMessages('goal: talk\nmilestone: slides'), ['Goal "talk" has no milestone "slides" (its milestones: outline).']);
  });

  describe('in German', () => {
    speaking(germanBundle);

    it('says the same in German', () => {
      assert.deepEqual(linkMessages('goal: talk\nmilestone: slides'), [
        'Das Ziel „talk“ hat keinen Meilenstein „slides“ (seine Meilensteine: outline).',
      ]);
    });
  });
});
