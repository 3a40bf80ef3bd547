/**
 * New files DevGrowth starts for the user to fill in: each valid as written, with the
 * questions in the body, so a half-finished entry never shows up as a problem.
 */
import { createGrowthFile } from './writer';
import { SCHEMA_VERSION } from './schema';

export interface NewFile {
  /** Path inside the growth folder. */
  readonly path: string;
  readonly text: string;
}

export function newReview(today: string): NewFile {
  return {
    path: `reviews/${today}.md`,
    text: createGrowthFile(
      { kind: 'review', schema: SCHEMA_VERSION, date: today, onTrack: 'partly', improved: '', learned: '', sustainable: true },
      [
        '## Am I heading the right way?',
        '',
        'Set `onTrack` to yes, partly or no. If no, ask "why?" five times and list the answers under `whys`.',
        '',
        '## What improved, and what did I learn?',
        '',
        '## Is this pace sustainable? Who could be my sounding board?',
      ].join('\n'),
    ),
  };
}

export function newCheckin(today: string, mentor: string): NewFile {
  return {
    path: `checkins/${today}.md`,
    text: createGrowthFile(
      { kind: 'checkin', schema: SCHEMA_VERSION, date: today, mentor, actions: [] },
      ['## What we talked about', '', '## What I will do before the next check-in'].join('\n'),
    ),
  };
}
