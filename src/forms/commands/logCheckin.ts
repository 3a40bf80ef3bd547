import { formCommand } from './formCommand';
import { CommandId } from '../../core/commandIds';

/** Notes and actions from a mentor check-in. */
export const logCheckin = formCommand(CommandId.CheckinLog, 'checkin');
