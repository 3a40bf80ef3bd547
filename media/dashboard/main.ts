/**
 * The growth dashboard: draws the plan's figures as charts in plain SVG (a few shapes each,
 * no chart library), coloured by the theme's chart colours. Every chart has a text
 * alternative: a summary a screen reader reads, and the figures as a table.
 */
import '../common/base.css';
import './dashboard.css';
import type { DashboardData, PillarPoint, RubricPoint, TimelineGoal } from '../../src/core/dashboard';
import { STAGE_LABELS } from '../../src/core/forms/labels';
import type { Pillar, RubricDimension } from '../../src/core/vocabulary';
import { h, icon, svg } from '../common/dom';
import { connect } from '../common/host';
import { parseDashboardNotification, type DashboardCommand, type DashboardNotification, type DashboardState } from '../../src/dashboard/protocol';

const DIMENSIONS: readonly RubricDimension[] = ['confidence', 'competence', 'impact', 'clarity'];
const PILLAR_KEYS: readonly Pillar[] = ['technical', 'relationships', 'influence'];
const DAY_MS = 86_400_000;

const app = document.getElementById('app')!;
const host = connect<DashboardNotification, DashboardCommand, DashboardState>(parseDashboardNotification, (notification) => {
  host.save({ root: notification.root });
  render(notification.title, notification.data);
});
host.post({ type: 'ready' });

function render(title: string, data: DashboardData): void {
  app.replaceChildren(
    h('h1', {}, title),
    h('p', { class: 'muted' }, `As of ${data.today}`),
    summary(data),
    section('Goals on a timeline', timeline(data)),
    section('Growth on the rubric, before and after each milestone', rubric(data)),
    section('The three pillars over time', pillars(data)),
    section('Reviews', reviews(data)),
    section('Evidence per goal', evidence(data)),
  );
  app.removeAttribute('aria-busy');
}

function section(heading: string, ...content: HTMLElement[]): HTMLElement {
  const id = `section-${heading.toLowerCase().replace(/[^a-z]+/g, '-')}`;
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
  const tile = (iconName: string, value: string, label: string, detail?: string) =>
    h('div', { class: 'tile' }, icon(iconName), h('span', { class: 'tile-value' }, value), h('span', { class: 'tile-label' }, label), detail ? h('span', { class: 'tile-detail muted' }, detail) : undefined);
  return h(
    'div',
    { class: 'tiles' },
    tile('target', String(open), open === 1 ? 'goal in play' : 'goals in play', overdue > 0 ? `${overdue} overdue` : undefined),
    tile('flame', String(data.reviews.current), 'reviews in a row', `longest ${data.reviews.longest}`),
    tile('calendar', data.reviews.nextDue ?? '—', 'next review', data.reviews.cadence),
    tile('trophy', String(evidenceTotal), 'pieces of evidence'),
  );
}

// ---- Timeline ------------------------------------------------------------------------------

function timeline(data: DashboardData): HTMLElement {
  const { from, to, goals } = data.timeline;
  if (goals.length === 0) return empty('No goal in play. Run "DevGrowth: New Goal" to set one.');
  const start = Date.parse(from);
  const span = Math.max(DAY_MS, Date.parse(to) - start);
  const x = (date: string) => ((Date.parse(date) - start) / span) * 1000;
  const todayX = x(data.today);
  const rows = goals.map((goal) => timelineRow(goal, x, todayX));
  const text = `${goals.length} goals from ${from} to ${to}. ` + goals.map((goal) => `${goal.title}: ${progressText(goal)}${goal.due ? `, due ${goal.due}` : ''}${goal.overdue ? ', overdue' : ''}.`).join(' ');
  const chart = h('div', { class: 'timeline' }, h('div', { class: 'timeline-axis muted' }, h('span', {}, from), h('span', {}, to)), ...rows);
  return figure(
    `Open goals from start to due date; the line marks today (${data.today}).`,
    text,
    chart,
    table(['Goal', 'Start', 'Due', 'Progress', 'Status'], goals.map((goal) => [goal.title, goal.start ?? '', goal.due ?? '', progressText(goal), goal.overdue ? 'overdue' : goal.status]), 'Open goals'),
  );
}

function progressText(goal: TimelineGoal): string {
  return goal.total > 0 ? `${goal.done}/${goal.total} ${goal.horizon === 'long' && goal.milestones.length === 0 ? 'goals' : 'milestones'} done` : 'no milestones yet';
}

function timelineRow(goal: TimelineGoal, x: (date: string) => number, todayX: number): HTMLElement {
  const track = svg('svg', { viewBox: '0 0 1000 24', preserveAspectRatio: 'none', class: 'track', 'aria-hidden': 'true' });
  // A goal without a due date has no bar: drawing one to the edge would claim a date it lacks.
  if (goal.due) {
    // Without a start date the bar starts today, or at the due date if that has passed.
    const barStart = goal.start ? x(goal.start) : Math.min(todayX, x(goal.due));
    const width = Math.max(4, x(goal.due) - barStart);
    track.append(svg('rect', { x: barStart, y: 6, width, height: 12, rx: 2, class: `bar ${goal.overdue ? 'overdue' : goal.status}` }));
    if (goal.total > 0) track.append(svg('rect', { x: barStart, y: 6, width: (width * goal.done) / goal.total, height: 12, rx: 2, class: 'bar-done' }));
  }
  for (const milestone of goal.milestones) {
    if (milestone.due) track.append(svg('rect', { x: x(milestone.due) - 1.5, y: 2, width: 3, height: 20, class: `tick ${milestone.status}` }));
  }
  track.append(svg('rect', { x: todayX - 1, y: 0, width: 2, height: 24, class: 'today' }));
  const label = h('button', { type: 'button', class: 'link goal-title', title: goal.title }, goal.title);
  label.addEventListener('click', () => host.post({ type: 'openGoal', id: goal.id }));
  return h('div', { class: 'timeline-row' }, h('div', { class: 'timeline-label' }, label, h('span', { class: `muted${goal.overdue ? ' overdue-text' : ''}` }, `${progressText(goal)} · ${goal.due ? `due ${goal.due}` : 'no due date'}`)), track);
}

// ---- Rubric ------------------------------------------------------------------------------------

function rubric(data: DashboardData): HTMLElement {
  if (data.rubric.length === 0) return empty('No milestone rated yet. Run "DevGrowth: Rate Milestone Growth (Rubric)" before and after a milestone.');
  const labels = data.labels.rubric;
  const cards = data.rubric.map((point) => rubricCard(point, labels));
  return h(
    'div',
    {},
    h('p', { class: 'legend' }, h('span', { class: 'swatch before' }), 'Before', h('span', { class: 'swatch after' }), 'After'),
    h('div', { class: 'cards' }, ...cards),
  );
}

function rubricCard(point: RubricPoint, labels: DashboardData['labels']['rubric']): HTMLElement {
  const chart = svg('svg', { viewBox: '0 0 300 130', class: 'rubric-chart' });
  const base = 100;
  const unit = 18;
  for (let level = 1; level <= 5; level++) chart.append(svg('line', { x1: 24, x2: 296, y1: base - level * unit, y2: base - level * unit, class: 'grid' }));
  chart.append(svg('text', { x: 18, y: base - 5 * unit + 4, class: 'axis', 'text-anchor': 'end' }, '5'), svg('text', { x: 18, y: base - unit + 4, class: 'axis', 'text-anchor': 'end' }, '1'));
  DIMENSIONS.forEach((dimension, index) => {
    const left = 40 + index * 66;
    const before = point.before?.[dimension];
    const after = point.after?.[dimension];
    if (before !== undefined) chart.append(svg('rect', { x: left, y: base - before * unit, width: 20, height: before * unit, class: 'before' }));
    if (after !== undefined) chart.append(svg('rect', { x: left + 22, y: base - after * unit, width: 20, height: after * unit, class: 'after' }));
    chart.append(svg('text', { x: left + 21, y: base + 16, class: 'axis', 'text-anchor': 'middle' }, labels[dimension]));
  });
  const describe = (rating: RubricPoint['before']) => (rating ? DIMENSIONS.map((dimension) => `${labels[dimension]} ${rating[dimension]}`).join(', ') : 'not rated');
  return h(
    'div',
    { class: 'card' },
    h('p', { class: 'card-title', title: point.milestoneTitle }, point.milestoneTitle),
    h('p', { class: 'muted card-subtitle', title: point.goalTitle }, `${point.goalTitle}${point.date ? ` · ${point.date}` : ''}`),
    figure(
      'Before and after, 1 to 5',
      `${point.milestoneTitle}. Before: ${describe(point.before)}. After: ${describe(point.after)}.`,
      chart,
      table(['Dimension', 'Before', 'After'], DIMENSIONS.map((dimension) => [labels[dimension], point.before?.[dimension] ?? '', point.after?.[dimension] ?? '']), point.milestoneTitle),
    ),
  );
}

// ---- Pillars -----------------------------------------------------------------------------------

function pillars(data: DashboardData): HTMLElement {
  const points = data.pillars;
  if (points.length === 0) return empty('No stage assessment yet. Run "DevGrowth: Assess: Career Stage and Pillars" now, and again in a few months.');
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
    chart.append(svg('line', { x1: left, x2: right, y1: y(score), y2: y(score), class: 'grid' }), svg('text', { x: left - 10, y: y(score) + 4, class: 'axis', 'text-anchor': 'end' }, String(score)));
  }
  points.forEach((point: PillarPoint, index) => chart.append(svg('text', { x: x(index), y: bottom + 20, class: 'axis', 'text-anchor': 'middle' }, point.date)));
  for (const pillar of PILLAR_KEYS) {
    const coordinates = points.map((point, index) => `${x(index)},${y(point.ratings[pillar])}`).join(' ');
    if (points.length > 1) chart.append(svg('polyline', { points: coordinates, class: `line ${pillar}` }));
    points.forEach((point, index) => chart.append(svg('circle', { cx: x(index), cy: y(point.ratings[pillar]), r: 4, class: `dot ${pillar}` })));
  }
  const latest = points[points.length - 1]!;
  return h(
    'div',
    {},
    h('p', { class: 'legend' }, ...PILLAR_KEYS.flatMap((pillar) => [h('span', { class: `swatch ${pillar}` }), labels[pillar]])),
    figure(
      `Each pillar rated 1 to 5 at each stage assessment; the latest, on ${latest.date}, at the stage "${STAGE_LABELS[latest.stage].label}".`,
      `${points.length} stage assessments. Latest on ${latest.date}: ` + PILLAR_KEYS.map((pillar) => `${labels[pillar]} ${latest.ratings[pillar]}`).join(', ') + '.',
      chart,
      table(['Date', 'Stage', ...PILLAR_KEYS.map((pillar) => labels[pillar])], points.map((point) => [point.date, STAGE_LABELS[point.stage].label, ...PILLAR_KEYS.map((pillar) => point.ratings[pillar])]), 'Pillars over time'),
    ),
  );
}

// ---- Reviews -------------------------------------------------------------------------------------

function reviews(data: DashboardData): HTMLElement {
  const { reviews: held, current, longest, nextDue, cadence } = data.reviews;
  if (held.length === 0) return empty('No review yet. Run "DevGrowth: Start a Review": a few minutes every couple of weeks keep a plan alive.');
  const shown = held.slice(-26);
  const step = 24;
  const chart = svg('svg', { viewBox: `0 0 ${shown.length * step + 8} 32`, class: 'streak' });
  shown.forEach((review, index) => chart.append(svg('circle', { cx: 12 + index * step, cy: 16, r: 8, class: review.onCadence ? 'on-cadence' : 'late' }, svg('title', {}, `${review.date}${review.onCadence ? '' : ' (late)'}`))));
  const late = held.filter((review) => !review.onCadence).length;
  return figure(
    `The last ${shown.length} reviews, oldest first: filled when held on the ${cadence} cadence, hollow when late. ${current} in a row now, ${longest} at most${nextDue ? `; the next is due ${nextDue}` : ''}.`,
    `${held.length} reviews, ${late} of them late. ${current} on cadence in a row now; the longest run is ${longest}.${nextDue ? ` Next due ${nextDue}.` : ''}`,
    chart,
    table(['Date', 'On cadence'], held.map((review) => [review.date, review.onCadence ? 'yes' : 'no']), 'Reviews'),
  );
}

// ---- Evidence ------------------------------------------------------------------------------------

function evidence(data: DashboardData): HTMLElement {
  const entries = data.evidence;
  if (entries.length === 0) return empty('No evidence yet. Run "DevGrowth: Log Evidence" when something you did made a difference.');
  const most = Math.max(1, ...entries.map((entry) => entry.count));
  const rows = entries.map((entry) => {
    const bar = svg('svg', { viewBox: '0 0 100 12', preserveAspectRatio: 'none', class: 'evidence-bar', 'aria-hidden': 'true' });
    bar.append(svg('rect', { x: 0, y: 0, width: Math.max(entry.count === 0 ? 0 : 1, (entry.count / most) * 100), height: 12, rx: 1, class: entry.count === 0 ? 'none' : 'count' }));
    return h('div', { class: 'evidence-row' }, h('span', { class: 'evidence-title', title: entry.title }, entry.title), bar, h('span', { class: 'evidence-count' }, String(entry.count)));
  });
  const chart = h('div', { class: 'evidence' }, ...rows);
  return figure(
    'Evidence logged for each goal in play, most first. A goal with none is worth a look before your next review.',
    entries.map((entry) => `${entry.title}: ${entry.count}`).join('; '),
    chart,
    table(['Goal', 'Evidence'], entries.map((entry) => [entry.title, entry.count]), 'Evidence per goal'),
  );
}
