/**
 * The growth dashboard: draws the plan's figures as charts in plain SVG (a few shapes each,
 * no chart library), coloured by the theme's chart colours. Every chart has a text
 * alternative: a summary a screen reader reads, and the figures as a table. Every text is
 * translated when it is drawn, after connect() gave l10n the page's bundle.
 */
import '../common/base.css';
import './dashboard.css';
import * as l10n from '@vscode/l10n';
import type { DashboardData, PillarPoint, RubricPoint, TimelineGoal } from '../../src/core/dashboard';
import { STAGE_LABELS } from '../../src/core/forms/labels';
import { goalStatusText, type Pillar, type ReviewCadence, type RubricDimension } from '../../src/core/vocabulary';
import { h, icon, svg } from '../common/dom';
import { connect } from '../common/host';
import {
  parseDashboardNotification,
  type DashboardCommand,
  type DashboardNotification,
  type DashboardState,
} from '../../src/dashboard/protocol';

const DIMENSIONS: readonly RubricDimension[] = ['confidence', 'competence', 'impact', 'clarity'];
const PILLAR_KEYS: readonly Pillar[] = ['technical', 'relationships', 'influence'];
const DAY_MS = 86_400_000;

const app = document.getElementById('app')!;
const host = connect<DashboardNotification, DashboardCommand, DashboardState>(parseDashboardNotification, (notification) => {
  host.save({ root: notification.root });
  if (notification.type === 'data') render(notification.title, notification.data, notification.notices);
  else unavailable(notification.title, notification.message);
});
host.post({ type: 'ready' });

function render(title: string, data: DashboardData, notices: readonly string[]): void {
  app.replaceChildren(
    h('h1', {}, title),
    h('p', { class: 'muted' }, l10n.t('As of {0}', data.today)),
    ...notices.map((notice) => h('p', { class: 'notice', role: 'note' }, icon('info'), h('span', {}, notice))),
    summary(data),
    section('timeline', l10n.t('Goals on a timeline'), timeline(data)),
    section('rubric', l10n.t('Growth on the rubric, before and after each milestone'), rubric(data)),
    section('pillars', l10n.t('The three pillars over time'), pillars(data)),
    section('reviews', l10n.t('Reviews'), reviews(data)),
    section('evidence', l10n.t('Evidence per goal'), evidence(data)),
  );
  app.removeAttribute('aria-busy');
}

/** The extension could not send the figures: say why, in place of the charts. */
function unavailable(title: string, message: string): void {
  app.replaceChildren(h('h1', {}, title), h('div', { class: 'alert', role: 'alert' }, icon('error'), h('span', {}, message)));
  app.removeAttribute('aria-busy');
}

/** `name` gives the heading its id: the heading itself is in the user's language. */
function section(name: string, heading: string, ...content: HTMLElement[]): HTMLElement {
  const id = `section-${name}`;
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, heading), ...content);
}

function empty(text: string): HTMLElement {
  return h('p', { class: 'empty muted' }, icon('info'), h('span', {}, text));
}

/** A chart with its summary read out, and its figures as a table for screen readers. */
function figure(caption: string, summaryText: string, chart: Element, table: HTMLTableElement): HTMLElement {
  table.classList.add('visually-hidden');
  if (chart instanceof SVGElement) {
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', summaryText);
    return h('figure', {}, chart, h('figcaption', {}, caption), table);
  }
  // A chart made of HTML rows keeps its buttons and labels readable; the summary comes first.
  return h('figure', {}, h('p', { class: 'visually-hidden' }, summaryText), chart, h('figcaption', {}, caption), table);
}

function table(headings: readonly string[], rows: readonly (readonly (string | number)[])[], caption: string): HTMLTableElement {
  return h(
    'table',
    {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...headings.map((heading) => h('th', { scope: 'col' }, heading)))),
    h('tbody', {}, ...rows.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, String(cell)))))),
  );
}

// ---- Summary ---------------------------------------------------------------------------------

function summary(data: DashboardData): HTMLElement {
  const open = data.timeline.goals.length;
  const overdue = data.timeline.goals.filter((goal) => goal.overdue).length;
  const evidenceTotal = data.evidence.reduce((sum, entry) => sum + entry.count, 0);
  const { current, longest, nextDue, cadence } = data.reviews;
  const tile = (iconName: string, value: string, label: string, detail?: string) =>
    h(
      'div',
      { class: 'tile' },
      icon(iconName),
      h('span', { class: 'tile-value' }, value),
      h('span', { class: 'tile-label' }, label),
      detail ? h('span', { class: 'tile-detail muted' }, detail) : undefined,
    );
  return h(
    'div',
    { class: 'tiles' },
    tile(
      'target',
      String(open),
      open === 1 ? l10n.t('goal in play') : l10n.t('goals in play'),
      overdue > 0 ? l10n.t('{0} overdue', overdue) : undefined,
    ),
    tile('flame', String(current), current === 1 ? l10n.t('review in a row') : l10n.t('reviews in a row'), l10n.t('longest {0}', longest)),
    tile('calendar', nextDue ?? '—', l10n.t('next review'), cadenceText(cadence)),
    tile('trophy', String(evidenceTotal), evidenceTotal === 1 ? l10n.t('piece of evidence') : l10n.t('pieces of evidence')),
  );
}

function cadenceText(cadence: ReviewCadence): string {
  switch (cadence) {
    case 'weekly':
      return l10n.t('weekly');
    case 'biweekly':
      return l10n.t('biweekly');
    case 'monthly':
      return l10n.t('monthly');
  }
}

// ---- Timeline ------------------------------------------------------------------------------

function timeline(data: DashboardData): HTMLElement {
  const { from, to, goals } = data.timeline;
  if (goals.length === 0) return empty(l10n.t('No goal in play. Run "DevGrowth: New Goal" to set one.'));
  const start = Date.parse(from);
  const span = Math.max(DAY_MS, Date.parse(to) - start);
  const x = (date: string) => ((Date.parse(date) - start) / span) * 1000;
  const todayX = x(data.today);
  const rows = goals.map((goal) => timelineRow(goal, x, todayX));
  const overview =
    goals.length === 1 ? l10n.t('1 goal from {0} to {1}.', from, to) : l10n.t('{0} goals from {1} to {2}.', goals.length, from, to);
  const text = [overview, ...goals.map(goalSentence)].join(' ');
  const chart = h(
    'div',
    { class: 'timeline' },
    h('div', { class: 'timeline-axis muted' }, h('span', {}, from), h('span', {}, to)),
    ...rows,
  );
  return figure(
    l10n.t('Open goals from start to due date; the line marks today ({0}).', data.today),
    text,
    chart,
    table(
      [l10n.t('Goal'), l10n.t('Start'), l10n.t('Due'), l10n.t('Progress'), l10n.t('Status')],
      goals.map((goal) => [
        goal.title,
        goal.start ?? '',
        goal.due ?? '',
        progressText(goal),
        goal.overdue ? l10n.t('overdue') : goalStatusText(goal.status),
      ]),
      l10n.t('Open goals'),
    ),
  );
}

/** "Ship refunds: 1/3 milestones done, due 2026-12-31, overdue." (only a goal with a due date can be overdue). */
function goalSentence(goal: TimelineGoal): string {
  if (!goal.due) return l10n.t('{0}: {1}.', goal.title, progressText(goal));
  return goal.overdue
    ? l10n.t('{0}: {1}, due {2}, overdue.', goal.title, progressText(goal), goal.due)
    : l10n.t('{0}: {1}, due {2}.', goal.title, progressText(goal), goal.due);
}

function progressText(goal: TimelineGoal): string {
  if (goal.total === 0) return l10n.t('no milestones yet');
  return goal.horizon === 'long' && goal.milestones.length === 0
    ? l10n.t('{0}/{1} goals done', goal.done, goal.total)
    : l10n.t('{0}/{1} milestones done', goal.done, goal.total);
}

function timelineRow(goal: TimelineGoal, x: (date: string) => number, todayX: number): HTMLElement {
  const track = svg('svg', { viewBox: '0 0 1000 24', preserveAspectRatio: 'none', class: 'track', 'aria-hidden': 'true' });
  // A goal without a due date has no bar: drawing one to the edge would claim a date it lacks.
  if (goal.due) {
    // Without a start date the bar starts today, or at the due date if that has passed.
    const barStart = goal.start ? x(goal.start) : Math.min(todayX, x(goal.due));
    const width = Math.max(4, x(goal.due) - barStart);
    track.append(svg('rect', { x: barStart, y: 6, width, height: 12, rx: 2, class: `bar ${goal.overdue ? 'overdue' : goal.status}` }));
    if (goal.total > 0)
      track.append(svg('rect', { x: barStart, y: 6, width: (width * goal.done) / goal.total, height: 12, rx: 2, class: 'bar-done' }));
  }
  for (const milestone of goal.milestones) {
    if (milestone.due)
      track.append(svg('rect', { x: x(milestone.due) - 1.5, y: 2, width: 3, height: 20, class: `tick ${milestone.status}` }));
  }
  track.append(svg('rect', { x: todayX - 1, y: 0, width: 2, height: 24, class: 'today' }));
  const label = h('button', { type: 'button', class: 'link goal-title', title: goal.title }, goal.title);
  label.addEventListener('click', () => host.post({ type: 'openGoal', id: goal.id }));
  const when = goal.due ? l10n.t('due {0}', goal.due) : l10n.t('no due date');
  return h(
    'div',
    { class: 'timeline-row' },
    h(
      'div',
      { class: 'timeline-label' },
      label,
      h('span', { class: `muted${goal.overdue ? ' overdue-text' : ''}` }, `${progressText(goal)} · ${when}`),
    ),
    track,
  );
}

// ---- Rubric ------------------------------------------------------------------------------------

function rubric(data: DashboardData): HTMLElement {
  if (data.rubric.length === 0)
    return empty(l10n.t('No milestone rated yet. Run "DevGrowth: Rate Milestone Growth (Rubric)" before and after a milestone.'));
  const labels = data.labels.rubric;
  const cards = data.rubric.map((point) => rubricCard(point, labels));
  return h(
    'div',
    {},
    h(
      'p',
      { class: 'legend' },
      h('span', { class: 'swatch before' }),
      l10n.t('Before'),
      h('span', { class: 'swatch after' }),
      l10n.t('After'),
    ),
    h('div', { class: 'cards' }, ...cards),
  );
}

function rubricCard(point: RubricPoint, labels: DashboardData['labels']['rubric']): HTMLElement {
  const chart = svg('svg', { viewBox: '0 0 300 130', class: 'rubric-chart' });
  const base = 100;
  const unit = 18;
  for (let level = 1; level <= 5; level++)
    chart.append(svg('line', { x1: 24, x2: 296, y1: base - level * unit, y2: base - level * unit, class: 'grid' }));
  chart.append(
    svg('text', { x: 18, y: base - 5 * unit + 4, class: 'axis', 'text-anchor': 'end' }, '5'),
    svg('text', { x: 18, y: base - unit + 4, class: 'axis', 'text-anchor': 'end' }, '1'),
  );
  DIMENSIONS.forEach((dimension, index) => {
    const left = 40 + index * 66;
    const before = point.before?.[dimension];
    const after = point.after?.[dimension];
    if (before !== undefined)
      chart.append(svg('rect', { x: left, y: base - before * unit, width: 20, height: before * unit, class: 'before' }));
    if (after !== undefined)
      chart.append(svg('rect', { x: left + 22, y: base - after * unit, width: 20, height: after * unit, class: 'after' }));
    chart.append(svg('text', { x: left + 21, y: base + 16, class: 'axis', 'text-anchor': 'middle' }, labels[dimension]));
  });
  const describe = (rating: RubricPoint['before']) =>
    rating ? DIMENSIONS.map((dimension) => `${labels[dimension]} ${rating[dimension]}`).join(', ') : l10n.t('not rated');
  return h(
    'div',
    { class: 'card' },
    h('p', { class: 'card-title', title: point.milestoneTitle }, point.milestoneTitle),
    h('p', { class: 'muted card-subtitle', title: point.goalTitle }, `${point.goalTitle}${point.date ? ` · ${point.date}` : ''}`),
    figure(
      l10n.t('Before and after, 1 to 5'),
      l10n.t('{0}. Before: {1}. After: {2}.', point.milestoneTitle, describe(point.before), describe(point.after)),
      chart,
      table(
        [l10n.t('Dimension'), l10n.t('Before'), l10n.t('After')],
        DIMENSIONS.map((dimension) => [labels[dimension], point.before?.[dimension] ?? '', point.after?.[dimension] ?? '']),
        point.milestoneTitle,
      ),
    ),
  );
}

// ---- Pillars -----------------------------------------------------------------------------------

function pillars(data: DashboardData): HTMLElement {
  const points = data.pillars;
  if (points.length === 0)
    return empty(l10n.t('No stage assessment yet. Run "DevGrowth: Assess: Career Stage and Pillars" now, and again in a few months.'));
  const labels = data.labels.pillars;
  const width = 640;
  const height = 220;
  const left = 36;
  const right = width - 40;
  const top = 16;
  const bottom = height - 40;
  const x = (index: number) => (points.length === 1 ? (left + right) / 2 : left + (index * (right - left)) / (points.length - 1));
  const y = (score: number) => bottom - ((score - 1) * (bottom - top)) / 4;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'pillars-chart' });
  for (let score = 1; score <= 5; score++) {
    chart.append(
      svg('line', { x1: left, x2: right, y1: y(score), y2: y(score), class: 'grid' }),
      svg('text', { x: left - 10, y: y(score) + 4, class: 'axis', 'text-anchor': 'end' }, String(score)),
    );
  }
  points.forEach((point: PillarPoint, index) =>
    chart.append(svg('text', { x: x(index), y: bottom + 20, class: 'axis', 'text-anchor': 'middle' }, point.date)),
  );
  for (const pillar of PILLAR_KEYS) {
    const coordinates = points.map((point, index) => `${x(index)},${y(point.ratings[pillar])}`).join(' ');
    if (points.length > 1) chart.append(svg('polyline', { points: coordinates, class: `line ${pillar}` }));
    points.forEach((point, index) =>
      chart.append(svg('circle', { cx: x(index), cy: y(point.ratings[pillar]), r: 4, class: `dot ${pillar}` })),
    );
  }
  const latest = points[points.length - 1]!;
  const ratings = PILLAR_KEYS.map((pillar) => `${labels[pillar]} ${latest.ratings[pillar]}`).join(', ');
  return h(
    'div',
    {},
    h('p', { class: 'legend' }, ...PILLAR_KEYS.flatMap((pillar) => [h('span', { class: `swatch ${pillar}` }), labels[pillar]])),
    figure(
      l10n.t(
        'Each pillar rated 1 to 5 at each stage assessment; the latest, on {0}, at the stage "{1}".',
        latest.date,
        STAGE_LABELS[latest.stage].label,
      ),
      points.length === 1
        ? l10n.t('1 stage assessment, on {0}: {1}.', latest.date, ratings)
        : l10n.t('{0} stage assessments. Latest on {1}: {2}.', points.length, latest.date, ratings),
      chart,
      table(
        [l10n.t('Date'), l10n.t('Stage'), ...PILLAR_KEYS.map((pillar) => labels[pillar])],
        points.map((point) => [point.date, STAGE_LABELS[point.stage].label, ...PILLAR_KEYS.map((pillar) => point.ratings[pillar])]),
        l10n.t('Pillars over time'),
      ),
    ),
  );
}

// ---- Reviews -------------------------------------------------------------------------------------

function reviews(data: DashboardData): HTMLElement {
  const { reviews: held, current, longest, nextDue, cadence } = data.reviews;
  if (held.length === 0)
    return empty(l10n.t('No review yet. Run "DevGrowth: Start a Review": a few minutes every couple of weeks keep a plan alive.'));
  const shown = held.slice(-26);
  const step = 24;
  const chart = svg('svg', { viewBox: `0 0 ${shown.length * step + 8} 32`, class: 'streak' });
  shown.forEach((review, index) =>
    chart.append(
      svg(
        'circle',
        { cx: 12 + index * step, cy: 16, r: 8, class: review.onCadence ? 'on-cadence' : 'late' },
        svg('title', {}, review.onCadence ? review.date : l10n.t('{0} (late)', review.date)),
      ),
    ),
  );
  const late = held.filter((review) => !review.onCadence).length;
  const runs = nextDue
    ? l10n.t('{0} in a row now, {1} at most; the next is due {2}.', current, longest, nextDue)
    : l10n.t('{0} in a row now, {1} at most.', current, longest);
  const tally = held.length === 1 ? l10n.t('1 review.') : l10n.t('{0} reviews, {1} of them late.', held.length, late);
  const streak = l10n.t('{0} on cadence in a row now; the longest run is {1}.', current, longest);
  return figure(
    `${shownText(shown.length, cadence)} ${runs}`,
    [tally, streak, ...(nextDue ? [l10n.t('Next due {0}.', nextDue)] : [])].join(' '),
    chart,
    table(
      [l10n.t('Date'), l10n.t('On cadence')],
      held.map((review) => [review.date, review.onCadence ? l10n.t('yes') : l10n.t('no')]),
      l10n.t('Reviews'),
    ),
  );
}

/** What the streak chart shows, one sentence per cadence and count. */
function shownText(count: number, cadence: ReviewCadence): string {
  switch (cadence) {
    case 'weekly':
      return count === 1
        ? l10n.t('The last review: filled when held on the weekly cadence, hollow when late.')
        : l10n.t('The last {0} reviews, oldest first: filled when held on the weekly cadence, hollow when late.', count);
    case 'biweekly':
      return count === 1
        ? l10n.t('The last review: filled when held on the biweekly cadence, hollow when late.')
        : l10n.t('The last {0} reviews, oldest first: filled when held on the biweekly cadence, hollow when late.', count);
    case 'monthly':
      return count === 1
        ? l10n.t('The last review: filled when held on the monthly cadence, hollow when late.')
        : l10n.t('The last {0} reviews, oldest first: filled when held on the monthly cadence, hollow when late.', count);
  }
}

// ---- Evidence ------------------------------------------------------------------------------------

function evidence(data: DashboardData): HTMLElement {
  const entries = data.evidence;
  if (entries.length === 0)
    return empty(l10n.t('No evidence yet. Run "DevGrowth: Log Evidence" when something you did made a difference.'));
  const most = Math.max(1, ...entries.map((entry) => entry.count));
  const rows = entries.map((entry) => {
    const bar = svg('svg', { viewBox: '0 0 100 12', preserveAspectRatio: 'none', class: 'evidence-bar', 'aria-hidden': 'true' });
    bar.append(
      svg('rect', {
        x: 0,
        y: 0,
        width: Math.max(entry.count === 0 ? 0 : 1, (entry.count / most) * 100),
        height: 12,
        rx: 1,
        class: entry.count === 0 ? 'none' : 'count',
      }),
    );
    return h(
      'div',
      { class: 'evidence-row' },
      h('span', { class: 'evidence-title', title: entry.title }, entry.title),
      bar,
      h('span', { class: 'evidence-count' }, String(entry.count)),
    );
  });
  const chart = h('div', { class: 'evidence' }, ...rows);
  return figure(
    l10n.t('Evidence logged for each goal in play, most first. A goal with none is worth a look before your next review.'),
    entries.map((entry) => `${entry.title}: ${entry.count}`).join('; '),
    chart,
    table(
      [l10n.t('Goal'), l10n.t('Evidence')],
      entries.map((entry) => [entry.title, entry.count]),
      l10n.t('Evidence per goal'),
    ),
  );
}
