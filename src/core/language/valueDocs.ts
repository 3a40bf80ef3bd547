/**
 * What a vocabulary's value means, for completion and hover: the label a form shows for it.
 * Values without a label of their own (a track, a horizon) read as they are.
 */
import { BREAK_LABELS, FAILURE_MODE_LABELS, PILLAR_LABELS, RUT_LABELS, STAGE_LABELS, SUCCESS_MARKER_LABELS, type Described } from '../forms/labels';
import type { FileKind } from '../schema';
import { artefactTypeText, goalStatusText, milestoneStatusText } from '../vocabulary';

type Labeller = (value: string) => string | undefined;

const fromTable =
  (table: Readonly<Record<string, Described>>): Labeller =>
  (value) =>
    Object.hasOwn(table, value) ? table[value]!.label : undefined;

/** The labeller of each vocabulary, by the schema path of the key that holds it (any kind). */
function labellers(kind: FileKind): Readonly<Record<string, Labeller>> {
  const pillar = fromTable(PILLAR_LABELS);
  return {
    status: kind === 'goal' ? (value) => goalStatusText(value as never) : () => undefined,
    'milestones[].status': (value) => milestoneStatusText(value as never),
    pillar,
    successMarker: fromTable(SUCCESS_MARKER_LABELS),
    successMarkers: fromTable(SUCCESS_MARKER_LABELS),
    'successMarkers[]': fromTable(SUCCESS_MARKER_LABELS),
    rut: fromTable(RUT_LABELS),
    scenarios: fromTable(RUT_LABELS),
    'scenarios[]': fromTable(RUT_LABELS),
    stage: fromTable(STAGE_LABELS),
    failureModes: fromTable(FAILURE_MODE_LABELS),
    'failureModes[]': fromTable(FAILURE_MODE_LABELS),
    type: kind === 'break' ? fromTable(BREAK_LABELS) : () => undefined,
    'artefacts[].type': (value) => artefactTypeText(value as never),
  };
}

/** The words for a value of the key at `schemaPath` (`milestones[].status`) in a file of `kind`. */
export function valueDescription(kind: FileKind, schemaPath: string, value: string): string | undefined {
  const labeller = labellers(kind)[schemaPath.replace(/\[\]$/, '')] ?? labellers(kind)[schemaPath];
  try {
    return labeller?.(value);
  } catch {
    return undefined;
  }
}
