import type { PlanCheck } from './growthIndex';
import { checkLinks } from './links';
import { northStarCheck, smartCheck } from './smart';
import { workloadCheck, type WorkloadLimits } from './workload';

/** The checks every growth folder runs, in the order their problems are listed. */
export function growthChecks(workloadLimits: () => WorkloadLimits): PlanCheck[] {
  return [checkLinks, smartCheck(), northStarCheck(), workloadCheck(workloadLimits)];
}
