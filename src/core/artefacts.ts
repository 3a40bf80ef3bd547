/**
 * What growth cards produced, for the brag document, the retrospective and the dashboard. An
 * artefact counts on its own `date`; one without a date belongs to the time its card's work
 * took, and counts in every period that time overlaps (docs/file-format.md says so).
 */
import * as l10n from '@vscode/l10n';
import type { Block, ListItem } from './exports/document';
import type { Entry, GrowthIndex } from './growthIndex';
import type { Artefact } from './schema';
import { artefactKindText } from './vocabulary';

export interface CardArtefactsInPeriod {
  readonly card: Entry<'card'>;
  /** In the order the card lists them. */
  readonly artefacts: readonly Artefact[];
}

/**
 * Every growth card, in the order the work goes: by its goal's title, then in the order of the
 * goal's milestones (a card about the whole goal first), then by its own title.
 */
export function cardsInWorkOrder(index: GrowthIndex): Entry<'card'>[] {
  const placed = index.cards().map((card) => {
    const goal = index.goal(card.data.goal)?.data;
    const milestones = goal?.milestones.map((milestone) => milestone.id) ?? [];
    const found = card.data.milestone === undefined ? -1 : milestones.indexOf(card.data.milestone);
    // A card about the whole goal comes first; one naming a milestone the goal lacks, after those it has.
    const position = card.data.milestone === undefined ? -1 : found === -1 ? milestones.length : found;
    return { card, goalTitle: goal?.title ?? card.data.goal, position };
  });
  return placed
    .sort((a, b) => a.goalTitle.localeCompare(b.goalTitle) || a.position - b.position || a.card.data.title.localeCompare(b.card.data.title))
    .map(({ card }) => card);
}

/** The cards with an artefact in the period, in the order the work goes, each with those artefacts. */
export function artefactsIn(index: GrowthIndex, period: { readonly from: string; readonly to: string }): CardArtefactsInPeriod[] {
  return cardsInWorkOrder(index).flatMap((card) => {
    const work = workTime(index, card.data);
    const artefacts = (card.data.artefacts ?? []).filter((artefact) =>
      artefact.date ? artefact.date >= period.from && artefact.date <= period.to : overlaps(work, period),
    );
    return artefacts.length > 0 ? [{ card, artefacts }] : [];
  });
}

/**
 * Each card as a line naming it and a list of its artefacts: kind, title and link. The link is
 * written as every export writes links, so only a web address becomes one.
 */
export function artefactBlocks(cards: readonly CardArtefactsInPeriod[]): Block[] {
  return cards.flatMap(({ card, artefacts }): Block[] => [
    { type: 'paragraph', text: l10n.t('From the growth card "{0}":', card.data.title) },
    { type: 'list', items: artefacts.map(artefactItem) },
  ]);
}

function artefactItem(artefact: Artefact): ListItem {
  const lead = artefactKindText(artefact.type);
  return artefact.link ? { lead, text: artefact.title, link: artefact.link } : { lead, text: artefact.title };
}

/**
 * The time a card's work took: from its goal's start (or the start of its horizon) to the day
 * its milestone was completed, else the milestone's due date, else the goal's. An end the plan
 * does not date stays open.
 */
function workTime(index: GrowthIndex, card: Entry<'card'>['data']): { readonly from?: string; readonly to?: string } {
  const goal = index.goal(card.goal)?.data;
  const milestone = card.milestone === undefined ? undefined : goal?.milestones.find((candidate) => candidate.id === card.milestone);
  return { from: goal?.start ?? goal?.horizonStart, to: milestone?.completed ?? milestone?.due ?? goal?.due };
}

function overlaps(work: { readonly from?: string; readonly to?: string }, period: { readonly from: string; readonly to: string }): boolean {
  return (work.from === undefined || work.from <= period.to) && (work.to === undefined || work.to >= period.from);
}
