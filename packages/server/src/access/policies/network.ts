/**
 * Network charts: those who read investigation records explore the network of their jurisdiction's
 * records; a saved chart is its owner's, who may share it with colleagues of the same jurisdiction
 * who also read investigation records. A shared chart is rebuilt under the viewer's own access.
 */
import type { Actor } from '../actor.ts';
import { type Owned, type Policy, sameJurisdiction } from '../policy.ts';
import { readsInvestigations } from './investigation.ts';

export interface ChartRecord extends Owned {
  readonly ownerId: string;
  readonly sharedWith: readonly string[];
}

export type ChartAction = 'read' | 'update' | 'delete' | 'share';

const isOwner = (actor: Actor, chart: ChartRecord) => chart.ownerId === actor.userId;

export const chartPolicy: Policy<ChartRecord, ChartAction> = {
  sees: (actor, chart) =>
    readsInvestigations(actor) &&
    sameJurisdiction(actor, chart) &&
    (isOwner(actor, chart) || chart.sharedWith.includes(actor.userId)),
  may: {
    read: () => true,
    update: isOwner,
    delete: isOwner,
    share: isOwner,
  },
};

/** Whether a colleague could be given a chart: same jurisdiction, reads investigation records. */
export const mayReceiveChart = (colleague: Actor) => readsInvestigations(colleague);
