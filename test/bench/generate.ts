// Synthetic growth folders shaped like the demo's: goals with milestones, cards, evidence,
// reviews, assessments, check-ins, breaks; a few per cent broken (YAML or schema errors).
import fs from 'node:fs';
import path from 'node:path';

/** A deterministic pseudo-random sequence, so every run measures the same files. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const WORDS = [
  'payments',
  'refunds',
  'latency',
  'on-call',
  'design',
  'review',
  'mentoring',
  'talks',
  'testing',
  'migration',
  'platform',
  'docs',
  'hiring',
  'onboarding',
];
const BODY = '\nNotes below the front matter: what happened, what I learned, what I would do differently next time.\n'.repeat(6);

function date(next: () => number, year = 2026): string {
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function words(next: () => number, count: number): string {
  return Array.from({ length: count }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
}

function goal(index: number, next: () => number, goals: number): string {
  const milestones = Array.from({ length: 3 + Math.floor(next() * 3) }, (_, m) =>
    [
      `  - id: step-${m}`,
      `    title: ${capital(words(next, 4))} by ${date(next)}`,
      `    doneWhen: The ${words(next, 3)} review signs it off and the team uses it.`,
      `    due: ${date(next, 2027)}`,
      `    status: ${['planned', 'active', 'done'][m % 3]}`,
      ...(m % 3 === 2
        ? [
            `    completed: ${date(next)}`,
            '    rubric:',
            '      before: {confidence: 2, competence: 2, impact: 1, clarity: 2}',
            '      after: {confidence: 4, competence: 3, impact: 3, clarity: 4}',
          ]
        : []),
    ].join('\n'),
  );
  const long = index % 5 === 0;
  return `---
kind: goal
schema: 1
# Written by hand; comments stay.
title: ${capital(words(next, 5))} to ${Math.floor(next() * 100)} per cent by ${date(next, 2027)}
horizon: ${long ? 'long' : 'short'}
status: ${['active', 'active', 'paused', 'done', 'draft'][index % 5]}
${long ? '' : `parent: goal-${5 * Math.floor(next() * (goals / 5))}\n`}pillar: ${['technical', 'relationships', 'influence'][index % 3]}
measurable:
  metric: ${words(next, 3)}
  target: ${Math.floor(next() * 50)} a week
achievable: Two hours every Friday, agreed with my manager.
relevant: It moves the ${words(next, 2)} work forward.
start: ${date(next)}
due: ${date(next, 2027)}
horizonStart: ${date(next)}
successMarker: business-impact
priority: {impact: ${1 + (index % 5)}, effort: ${1 + ((index + 2) % 5)}, reusability: 4, learnings: 5}
milestones:
${milestones.join('\n')}
---
${BODY}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function other(index: number, next: () => number, goals: number): [string, string] {
  const goalId = `goal-${Math.floor(next() * goals)}`;
  switch (index % 6) {
    case 0:
      return [
        `cards/card-${index}.md`,
        `---\nkind: card\nschema: 1\ntitle: What ${words(next, 3)} taught me\ngoal: ${goalId}\nmilestone: step-1\nartefacts:\n  - {type: technical, title: ${capital(words(next, 2))} runbook}\n---\n${BODY}`,
      ];
    case 1:
      return [
        `reviews/${date(next)}-${index}.md`,
        `---\nkind: review\nschema: 1\ndate: ${date(next)}\nonTrack: partly\nimproved: ${capital(words(next, 6))}.\nlearned: ${capital(words(next, 6))}.\nsustainable: true\n---\n${BODY}`,
      ];
    case 2:
      return [
        `assessments/${date(next)}-stage-${index}.md`,
        `---\nkind: assessment\nschema: 1\ntype: stage\ndate: ${date(next)}\nstage: senior\npillars: {technical: 4, relationships: 3, influence: 2}\nfailureModes: [hoarder]\n---\n${BODY}`,
      ];
    case 3:
      return [
        `checkins/${date(next)}-${index}.md`,
        `---\nkind: checkin\nschema: 1\ndate: ${date(next)}\nmentor: Priya Nair\nactions:\n  - ${capital(words(next, 4))}\n  - ${capital(words(next, 3))}\nnext: ${date(next, 2027)}\n---\n${BODY}`,
      ];
    default:
      return [
        `evidence/${date(next)}-${index}.md`,
        `---\nkind: evidence\nschema: 1\ndate: ${date(next)}\ntitle: ${capital(words(next, 5))}\ngoal: ${goalId}\nimpact: Cut the ${words(next, 2)} time by ${Math.floor(next() * 90)} per cent.\nlinks:\n  - https://example.com/${index}\n---\n${BODY}`,
      ];
  }
}

/** Writes `count` files under `folder/growth` (about a quarter goals) and returns their paths. */
export function generatePlan(folder: string, count: number): string[] {
  const next = random(count);
  const goals = Math.max(5, Math.floor(count / 4));
  const files: [string, string][] = [
    [
      'profile.md',
      '---\nkind: profile\nschema: 1\ncurrentLevel: Engineer II\ntargetLevel: Senior Engineer\ntrack: ic\nnorthStar:\n  statement: Design the payment systems teams rely on.\n---\n',
    ],
  ];
  for (let index = 0; index < goals; index++) files.push([`goals/goal-${index}.md`, goal(index, next, goals)]);
  for (let index = 0; files.length < count; index++) files.push(other(index, next, goals));
  // A few per cent broken, as real folders are: a YAML error or a value the schema refuses.
  for (let index = 7; index < files.length; index += 33) {
    const [file, text] = files[index]!;
    files[index] = [
      file,
      index % 2 === 0
        ? text.replace('schema: 1\n', 'schema: 1\ntitle: [unclosed\n')
        : text.replace('schema: 1\n', 'schema: 1\nstatus: stalled\n'),
    ];
  }
  const growth = path.join(folder, 'growth');
  const written: string[] = [];
  for (const [file, text] of files) {
    const target = path.join(growth, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    written.push(target);
  }
  return written;
}
