import { formCommand } from './formCommand';

/** Career stage and the three pillars, with the traps of each stage. */
export const assessStage = formCommand('devgrowth.assess.stage', 'stage');
