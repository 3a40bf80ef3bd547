import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { completionsAt } from '../../../src/core/language/completion';
import { hoverAt } from '../../../src/core/language/hover';
import { keyDoc } from '../../../src/core/language/keyDocs';
import { documentSymbols, goalLenses } from '../../../src/core/language/outline';
import { planRename, renameRefusal } from '../../../src/core/language/rename';
import { schemaPathText, schemaShape, type FieldShape } from '../../../src/core/language/schemaFields';
import { FILE_KINDS } from '../../../src/core/schema';
import { ASSESSMENT_TYPES } from '../../../src/core/vocabulary';
import { indexPlan } from '../growthPlan';
import { germanBundle, MARK_END, MARK_START, markedBundle, speaking, unmarked } from '../languages';

const goal = `---\nkind: goal\nschema: 1\ntitle: Give a talk\nhorizon: long\nstatus: active\ndue: 2027-03-01\nmeasurable:\n  metric: talks given\n  target: 1\nmilestones:\n  - id: outline\n    title: Outline\n    status: done\n  - id: slides\n    title: Slides\n    due: 2027-02-01\n---\n`;
const card = `---\nkind: card\nschema: 1\ntitle: Slides\ngoal: talk\nmilestone: slides\n---\n`;

/** Every key path of a shape, as `milestones[].status`. */
function keyPaths(shape: FieldShape, prefix: (string | number)[] = []): string[] {
  if (shape.type === 'map')
    return [...shape.keys].flatMap(([key, field]) => [schemaPathText([...prefix, key]), ...keyPaths(field.shape, [...prefix, key])]);
  if (shape.type === 'list') return keyPaths(shape.item, [...prefix, 0]);
  return [];
}

/** A text with every marked part cut out, innermost first: a marked text may hold marked arguments. */
function bare(text: string): string {
  const cut = unmarked(text);
  return cut === text ? text : bare(cut);
}

/** Everything the editor features say, over a small plan and every key of every kind. */
function everythingSaid(): string[] {
  const index = indexPlan([
    ['goals/talk.md', goal],
    ['cards/slides.md', card],
    ['goals/other.md', goal.replace('Give a talk', 'Another')],
  ]);
  const texts = new Map([
    ['goals/talk.md', goal],
    ['cards/slides.md', card],
  ]);
  const said: string[] = [];
  for (const kind of FILE_KINDS) {
    const shapes = kind === 'assessment' ? ASSESSMENT_TYPES.map((type) => schemaShape(kind, type)) : [schemaShape(kind)];
    for (const shape of shapes) for (const key of ['kind', 'schema', 'id', 'tags', ...keyPaths(shape)]) said.push(keyDoc(kind, key) ?? '');
  }
  const at = (text: string, marker: string) => text.indexOf(marker) + marker.length;
  const complete = (text: string, offset: number) =>
    completionsAt(text, offset, { index, today: '2026-12-01' }).flatMap((item) => [
      item.label,
      item.detail ?? '',
      item.documentation ?? '',
      item.insertText,
    ]);
  said.push(
    ...complete('---\n\n---\n', 4),
    ...complete(goal, at(goal, 'status: active\n')),
    ...complete(goal, at(goal, '  - id: slides\n    title: Slides\n    due: ')),
  );
  said.push(...complete('---\nkind: goal\nmilestones:\n  - \n---\n', at('---\nkind: goal\nmilestones:\n  - ', '  - ')));
  for (const marker of ['status', 'talk', 'slides'])
    said.push(
      hoverAt(
        marker === 'status' ? 'goals/talk.md' : 'cards/slides.md',
        marker === 'status' ? goal : card,
        (marker === 'status' ? goal : card).lastIndexOf(marker) + 1,
        index,
      )?.markdown ?? '',
    );
  said.push(hoverAt('goals/talk.md', goal, goal.indexOf('milestones:\n') + 2, index)?.markdown ?? '');
  said.push(hoverAt('cards/slides.md', '---\nkind: card\nartefacts:\n  - type: technical\n---\n', 28, index)?.markdown ?? '');
  said.push(hoverAt('goals/talk.md', `${goal.replace('---\n', '---\ntags: [a]\n')}`, 8, index)?.markdown ?? '');
  const rubric = '---\nkind: goal\nid: x\nparent: x\ndue: x\npillar: x\nmilestones:\n  - rubric:\n      before:\n        clarity: 2\n---\n';
  said.push(
    ...['id:', 'parent:', 'due:', 'pillar:', 'clarity:'].map(
      (key) => hoverAt('goals/talk.md', rubric, rubric.indexOf(key) + 1, index)?.markdown ?? '',
    ),
  );
  said.push(hoverAt('a.md', '---\nkind: assessment\ntype: stage\nfailureModes: []\n---\n', 40, index)?.markdown ?? '');
  said.push(hoverAt('a.md', '---\nkind: break\ncommitted: true\n---\n', 20, index)?.markdown ?? '');
  said.push(...goalLenses(goal).map((lens) => lens.title), ...documentSymbols(goal).map((symbol) => symbol.detail));
  said.push(
    hoverAt(
      'cards/x.md',
      '---\nkind: evidence\ngoal: talk\n---\n',
      25,
      indexPlan([['cards/c.md', card.replace('goal: talk', 'id: c\ngoal: talk')]]),
    )?.markdown ?? '',
  );
  said.push(hoverAt('cards/x.md', '---\nkind: card\nid: slides\n---\n', 20, index)?.markdown ?? '');
  for (const [target, id] of [
    [{ type: 'goal', goalId: 'talk' }, 'other'],
    [{ type: 'goal', goalId: 'talk' }, 'Not An Id'],
    [{ type: 'card', cardId: 'x' }, 'slides'],
    [{ type: 'milestone', goalId: 'talk', milestoneId: 'slides' }, 'outline'],
  ] as const) {
    said.push(renameRefusal(index, target, id) ?? '');
  }
  const missing = planRename(index, { type: 'card', cardId: 'nowhere' }, 'fresh', texts);
  said.push('refused' in missing ? missing.refused : '');
  return said.filter((text) => text !== '');
}

/** Every `l10n.t` text of the editor features' core. */
function textsOfLanguageCore(): string[] {
  const folder = path.resolve(__dirname, '../../../src/core/language');
  return fs
    .readdirSync(folder)
    .flatMap((file) =>
      [...fs.readFileSync(path.join(folder, file), 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((match) =>
        match[1]!.replace(/\\'/g, "'"),
      ),
    );
}

describe('editing growth files in the marked language', () => {
  speaking(markedBundle);

  it('says nothing that did not go through l10n', () => {
    // Keys, values, ids, dates and Markdown punctuation are the file's own words, not prose.
    const prose = everythingSaid().map((text) => bare(text).replace(/[\w.$:{}|,\-`*#\\\n ·"[\]()<>!/]/g, ''));
    assert.deepEqual(
      prose.filter((text) => text !== ''),
      [],
    );
  });

  it('says every text of the editor features somewhere', () => {
    const all = everythingSaid().join('\n');
    const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const missing = textsOfLanguageCore().filter(
      (text) =>
        !new RegExp(
          `${escape(MARK_START)}${text
            .split(/\{\d+\}/)
            .map(escape)
            .join('[\\s\\S]*?')}${escape(MARK_END)}`,
        ).test(all.replace(/\\([\\`*_{}[\]()#+\-.!|<>~&$])/g, '$1')),
    );
    assert.deepEqual(missing, []);
  });
});

describe('editing growth files in German', () => {
  speaking(germanBundle);

  it('explains keys and refuses renames in German', () => {
    assert.equal(keyDoc('goal', 'milestones[].doneWhen'), 'Die Definition of Done: Woran du erkennst, dass du aufhören kannst.');
    const index = indexPlan([
      ['goals/talk.md', goal],
      ['goals/other.md', goal],
    ]);
    assert.equal(
      renameRefusal(index, { type: 'goal', goalId: 'talk' }, 'other'),
      'Ein anderes Ziel hat schon die ID „other“. Wähle eine ID, die noch kein Ziel hat.',
    );
    assert.deepEqual(
      goalLenses(goal)
        .map((lens) => lens.title)
        .slice(0, 3),
      ['Fortschritt eintragen', '1 von 2 Meilensteinen erledigt', 'Meilenstein hinzufügen'],
    );
  });
});
