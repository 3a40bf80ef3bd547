import { formCommand } from './formCommand';
import { CommandId } from '../../core/commandIds';

/** Career stage and the three pillars, with the traps of each stage. */
export const assessStage = formCommand(CommandId.AssessStage, 'stage');
