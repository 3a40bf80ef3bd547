/** Goal front matter shared by the tests of the S.M.A.R.T. checks. */

/** The long-term goal the clear goal serves (`payments-expert`). */
export const longTermGoal = {
  title: 'Become the engineer the payments team turns to for refunds and disputes',
  horizon: 'long',
  status: 'active',
  pillar: 'influence',
  successMarker: 'recognition',
  measurable: { metric: 'payments design reviews led', target: 12 },
  start: '2026-01-01',
  due: '2028-06-30',
};

/** A S.M.A.R.T. short-term goal on a 90-day horizon: no rule fires on it. */
export const clearGoal = {
  title: 'Ship the refunds redesign to all merchants by 30 June',
  horizon: 'short',
  status: 'active',
  parent: 'payments-expert',
  pillar: 'technical',
  successMarker: 'business-impact',
  specific: 'Move every merchant to the new refunds flow',
  measurable: { metric: 'merchants on the new refunds flow', target: '100%' },
  start: '2026-03-01',
  due: '2026-06-30',
  horizonStart: '2026-03-01',
  stretch: { target: '100% with zero support tickets', due: '2026-05-31' },
  milestones: [
    { id: 'design', title: 'Design doc', doneWhen: 'approved by two reviewers', due: '2026-03-20', status: 'active' },
    { id: 'build', title: 'Build behind a flag', doneWhen: 'flag on in staging', due: '2026-05-01', status: 'active' },
    { id: 'rollout', title: 'Roll out', doneWhen: 'flag on for every merchant', due: '2026-06-15', status: 'planned' },
  ],
};

/** The data without these keys, as a person leaves a key out. */
export function without(data: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !keys.includes(key)));
}
