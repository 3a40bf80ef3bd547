// The webview forms of the end-to-end tests.

/**
 * Every webview form, by the command that opens it (and the picks it asks for) and the heading it
 * shows; `completeWhenOpened` when its first answers are all it needs (Save would write a file).
 */
export const FORMS: readonly { command: string; heading: string; picks?: readonly string[]; completeWhenOpened?: true }[] = [
  { command: 'DevGrowth: Assess: Where Am I Stuck?', heading: 'Where Are You Stuck?' },
  { command: 'DevGrowth: Assess: Strengths, Weaknesses and Opportunities', heading: 'Self-Assessment' },
  { command: 'DevGrowth: Assess: Career Stage and Pillars', heading: 'Career Stage and Pillars' },
  { command: 'DevGrowth: Assess: Promotion Readiness', heading: 'Promotion Readiness' },
  { command: 'DevGrowth: Score Options by Priority', heading: 'Set Priorities' },
  { command: 'DevGrowth: Start a Review', heading: 'Growth Review' },
  { command: 'DevGrowth: Log a Mentor Check-in', heading: 'Mentor Check-in', completeWhenOpened: true },
  { command: 'DevGrowth: Plan a Break with Notes', heading: 'Plan a Break', completeWhenOpened: true },
  {
    command: 'DevGrowth: Rate Milestone Growth (Rubric)…',
    heading: 'Rate a Milestone',
    picks: ['Ship the refunds service redesign', 'Load test at three times peak traffic'],
  },
];
