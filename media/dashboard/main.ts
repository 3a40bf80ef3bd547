/**
 * The growth dashboard: draws the plan's figures as charts in plain SVG (a few shapes each,
 * no chart library), coloured by the theme's chart colours. Every chart has a text
 * alternative: a summary a screen reader reads, and the figures as a table. Every text is
 * translated when it is drawn, after connect() gave l10n the page's bundle.
 */
import '../common/base.css';
import './dashboard.css';
import * as l10n from '@vscode/l10n';
import {
  spreadEqualRatings,
  type CardArtefacts,
  type DashboardData,
  type PillarPoint,
  type ProgressChart,
  type RubricPoint,
  type TimelineGoal,
} from '../../src/core/dashboard';
import { formatValue } from '../../src/core/quantity';
import { STAGE_LABELS } from '../../src/core/forms/labels';
import {
  ACTIVITY_KINDS,
  artefactKindText,
  goalStatusText,
  type ActivityKind,
  type GoalStatus,
  type Pillar,
  type ReviewCadence,
  type RubricDimension,
} from '../../src/core/vocabulary';
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
/** Pixels between pillars drawn at the same rating. */
const EQUAL_RATING_GAP = 7;

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
    section('answers', l10n.t('What the reviews said'), answers(data)),
    section('evidence', l10n.t('Evidence per goal'), evidence(data)),
    section('artefacts', l10n.t('What the growth cards produced'), artefacts(data)),
    section('progress', l10n.t('Progress toward each target'), progress(data)),
    section('activity', l10n.t('Activity over the year'), activityChart(data)),
    section('standing', l10n.t('Where you stand'), standing(data)),
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
  const artefactTotal = data.artefacts.reduce((sum, card) => sum + card.artefacts.length, 0);
  const { current, longest, nextDue, cadence, overdueDays } = data.reviews;
  const tile = (iconName: string, value: string, label: string, detail?: string, state?: 'overdue') =>
    h(
      'div',
      { class: state ? `tile ${state}` : 'tile' },
      icon(iconName),
      h('span', { class: 'tile-value' }, value),
      h('span', { class: 'tile-label' }, label),
      detail ? h('span', { class: state ? 'tile-detail overdue-text' : 'tile-detail muted' }, detail) : undefined,
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
    overdueDays > 0
      ? tile(
          'warning',
          nextDue ?? '—',
          l10n.t('next review'),
          overdueDays === 1 ? l10n.t('overdue by 1 day') : l10n.t('overdue by {0} days', overdueDays),
          'overdue',
        )
      : tile('calendar', nextDue ?? '—', l10n.t('next review'), cadenceText(cadence)),
    tile('verified', String(evidenceTotal), evidenceTotal === 1 ? l10n.t('piece of evidence') : l10n.t('pieces of evidence')),
    tile('package', String(artefactTotal), artefactTotal === 1 ? l10n.t('artefact on a growth card') : l10n.t('artefacts on growth cards')),
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
  // Pillars rated the same sit a few pixels apart, so no line or dot hides another.
  const spread = points.map((point) => spreadEqualRatings(point.ratings));
  const at = (index: number, pillar: Pillar) => y(points[index]!.ratings[pillar]) + spread[index]![pillar] * EQUAL_RATING_GAP;
  for (const pillar of PILLAR_KEYS) {
    const coordinates = points.map((_point, index) => `${x(index)},${at(index, pillar)}`).join(' ');
    if (points.length > 1) chart.append(svg('polyline', { points: coordinates, class: `line ${pillar}` }));
    points.forEach((_point, index) => chart.append(svg('circle', { cx: x(index), cy: at(index, pillar), r: 4, class: `dot ${pillar}` })));
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
  const grace = l10n.t('A review up to {0} days after its due day still counts as on cadence.', data.reviews.graceDays);
  return figure(
    `${shownText(shown.length, cadence)} ${runs} ${grace}`,
    [tally, streak, ...(nextDue ? [l10n.t('Next due {0}.', nextDue)] : [])].join(' '),
    chart,
    table(
      [l10n.t('Date'), l10n.t('On cadence')],
      held.map((review) => [review.date, review.onCadence ? l10n.t('yes') : l10n.t('no')]),
      l10n.t('Reviews'),
    ),
  );
}

/** Heading the right way, and each rut easing or not, review by review: a table, newest last. */
function answers(data: DashboardData): HTMLElement {
  const { reviews: held, ruts } = data.answers;
  if (held.length === 0)
    return empty(
      l10n.t('No review yet: once you review, this shows whether you are heading the right way and whether each rut is easing.'),
    );
  const visible = table(
    [l10n.t('Date'), l10n.t('Heading the right way?'), ...ruts.map((rut) => l10n.t('"{0}" eased?', rut))],
    held.slice(-12).map((review) => [review.date, review.onTrack, ...review.eased]),
    l10n.t('What the reviews said, the last twelve'),
  );
  return h('div', { class: 'answers' }, visible);
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
    const finished = entry.status !== undefined && !IN_PLAY.includes(entry.status);
    // The status comes first: a long title ends in an ellipsis, and the status must not go with it.
    const title = h(
      'span',
      { class: 'evidence-title', title: entry.title },
      finished ? h('span', { class: 'muted' }, `${goalStatusText(entry.status)} · `) : undefined,
      entry.title,
    );
    return h(
      'div',
      { class: finished ? 'evidence-row finished' : 'evidence-row' },
      title,
      bar,
      h('span', { class: 'evidence-count' }, String(entry.count)),
    );
  });
  const chart = h('div', { class: 'evidence' }, ...rows);
  return figure(
    l10n.t(
      'Evidence logged for each goal in play, most first, then for goals done or dropped, marked so. A goal in play with none is worth a look before your next review.',
    ),
    entries
      .map(
        (entry) =>
          `${entry.title}${entry.status && !IN_PLAY.includes(entry.status) ? ` (${goalStatusText(entry.status)})` : ''}: ${entry.count}`,
      )
      .join('; '),
    chart,
    table(
      [l10n.t('Goal'), l10n.t('Status'), l10n.t('Evidence')],
      entries.map((entry) => [entry.title, entry.status ? goalStatusText(entry.status) : '', entry.count]),
      l10n.t('Evidence per goal'),
    ),
  );
}

const IN_PLAY: readonly GoalStatus[] = ['active', 'paused', 'draft'];

// ---- What the growth cards produced ----------------------------------------------------------------

function artefacts(data: DashboardData): HTMLElement {
  if (data.artefacts.length === 0)
    return empty(
      l10n.t(
        'No growth card yet. Run "DevGrowth: New Growth Card" for a milestone, then "DevGrowth: Add an Artefact" for what its work produced.',
      ),
    );
  return h('div', { class: 'cards' }, ...data.artefacts.map(artefactCard));
}

/** One card: its title, its goal (marked when no longer in play), and each artefact with its kind and date. */
function artefactCard(card: CardArtefacts): HTMLElement {
  const finished = card.status !== undefined && !IN_PLAY.includes(card.status) ? card.status : undefined;
  return h(
    'div',
    { class: finished ? 'card artefact-card finished' : 'card artefact-card' },
    h('h3', { class: 'card-title', title: card.cardTitle }, card.cardTitle),
    h(
      'p',
      { class: 'muted card-subtitle', title: card.goalTitle },
      finished ? `${goalStatusText(finished)} · ${card.goalTitle}` : card.goalTitle,
    ),
    card.artefacts.length === 0
      ? h('p', { class: 'muted' }, l10n.t('Nothing yet. Run "DevGrowth: Add an Artefact" for what this card’s work produced.'))
      : h(
          'ul',
          {},
          ...card.artefacts.map((artefact) =>
            h(
              'li',
              { title: artefact.title },
              h('span', { class: 'artefact-kind muted' }, `${artefactKindText(artefact.type)} · `),
              artefact.title,
              artefact.date ? h('span', { class: 'muted' }, ` · ${artefact.date}`) : undefined,
            ),
          ),
        ),
  );
}

// ---- Where you stand -------------------------------------------------------------------------------

function standing(data: DashboardData): HTMLElement {
  const { promotion, self, service } = data.standing;
  const card = (heading: string, ...content: (HTMLElement | undefined)[]) =>
    h('div', { class: 'card standing-card' }, h('h3', { class: 'card-title' }, heading), ...content);
  const list = (label: string, items: readonly string[]) =>
    items.length === 0
      ? undefined
      : h(
          'div',
          {},
          h('p', { class: 'muted standing-label' }, label),
          h('ul', {}, ...items.slice(0, 3).map((item) => h('li', { title: item }, item))),
        );
  return h(
    'div',
    { class: 'cards' },
    card(
      l10n.t('Promotion readiness'),
      ...(promotion
        ? [
            h('p', {}, l10n.t('Performing at the next level: {0} of 5', promotion.performingAtNextLevel)),
            h(
              'ul',
              { class: 'conditions' },
              ...promotion.conditions.map((condition) =>
                h(
                  'li',
                  {},
                  icon(condition.met ? 'pass' : 'circle-large-outline'),
                  h('span', {}, condition.met ? condition.label : l10n.t('{0}: not yet', condition.label)),
                ),
              ),
            ),
            h(
              'p',
              { class: 'muted' },
              [promotion.targetLevel, promotion.cycle, l10n.t('as of {0}', promotion.date)].filter(Boolean).join(' · '),
            ),
          ]
        : [empty(l10n.t('Not assessed yet. Run "DevGrowth: Assess: Promotion Readiness" before you talk to your manager.'))]),
    ),
    card(
      l10n.t('Self-assessment'),
      ...(self
        ? [
            list(l10n.t('Strengths'), self.strengths),
            list(l10n.t('Weaknesses'), self.weaknesses),
            list(l10n.t('Opportunities'), self.opportunities),
            h('p', { class: 'muted' }, l10n.t('as of {0}', self.date)),
          ]
        : [empty(l10n.t('Not assessed yet. Run "DevGrowth: Assess: Strengths, Weaknesses and Opportunities".'))]),
    ),
    card(
      l10n.t('Service to others'),
      ...(service.total > 0
        ? [
            h(
              'p',
              {},
              service.total === 1
                ? l10n.t('1 entry logged, {0} in the last 90 days', service.last90Days)
                : l10n.t('{0} entries logged, {1} in the last 90 days', service.total, service.last90Days),
            ),
            service.latest
              ? h(
                  'p',
                  { class: 'muted', title: service.latest.title },
                  l10n.t('Latest: {0} ({1})', service.latest.title, service.latest.date),
                )
              : undefined,
          ]
        : [
            empty(
              l10n.t('Nothing logged yet. Run "DevGrowth: Log Service to Others" when you mentor, interview or take on work nobody wants.'),
            ),
          ]),
    ),
  );
}

// ---- Progress toward each target -------------------------------------------------------------

function progress(data: DashboardData): HTMLElement {
  if (data.progress.length === 0)
    return empty(
      l10n.t(
        'No goal in play has a target with a number or milestones to follow. Give one a target such as "3 talks" or "under 1 minute".',
      ),
    );
  return h('div', { class: 'progress-charts' }, ...data.progress.map((chart) => progressCard(chart, data.today)));
}

/**
 * One goal's values against its target and due date: a burn-up when the metric rises, a
 * burn-down when it falls, with the pace that meets the target on time (dotted) and the
 * projection at the pace so far (dashed).
 */
function progressCard(chart: ProgressChart, today: string): HTMLElement {
  const width = 640;
  const height = 200;
  const left = 56;
  const right = width - 16;
  const top = 14;
  const bottom = height - 28;
  const first = chart.points[0];
  const last = chart.points[chart.points.length - 1];
  const dates = [today, chart.start, chart.due, first?.date, chart.projected].filter((date): date is string => date !== undefined);
  const from = dates.reduce((a, b) => (b < a ? b : a));
  // A projection far beyond the due date would squash the chart: it is drawn to the edge instead.
  const dueOrToday = chart.due && chart.due > today ? chart.due : today;
  const limit = Date.parse(dueOrToday) + Math.max(DAY_MS * 14, (Date.parse(dueOrToday) - Date.parse(from)) * 0.5);
  const to = Math.min(limit, Math.max(...dates.map((date) => Date.parse(date))));
  const span = Math.max(DAY_MS, to - Date.parse(from));
  const x = (date: string) => left + (Math.min(Date.parse(date) - Date.parse(from), span) / span) * (right - left);
  const values = [chart.target, ...chart.points.map((point) => point.value)];
  const low = Math.min(0, ...values);
  const high = Math.max(...values) * 1.1 || 1;
  const y = (value: number) => bottom - ((value - low) / (high - low)) * (bottom - top);

  const figureSvg = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: `progress-chart ${chart.direction}` });
  for (const value of [low, (low + high) / 2, high]) {
    figureSvg.append(
      svg('line', { x1: left, x2: right, y1: y(value), y2: y(value), class: 'grid' }),
      svg('text', { x: left - 6, y: y(value) + 3, class: 'axis', 'text-anchor': 'end' }, formatValue(value, '')),
    );
  }
  figureSvg.append(
    svg('line', { x1: left, x2: right, y1: y(chart.target), y2: y(chart.target), class: 'target-line' }),
    svg(
      'text',
      { x: right, y: y(chart.target) - 4, class: 'axis target-label', 'text-anchor': 'end' },
      l10n.t('target {0}', formatValue(chart.target, chart.unit)),
    ),
  );
  if (chart.due) {
    figureSvg.append(
      svg('line', { x1: x(chart.due), x2: x(chart.due), y1: top, y2: bottom, class: 'due-line' }),
      svg(
        'text',
        { x: x(chart.due), y: bottom + 22, class: 'axis', 'text-anchor': x(chart.due) > right - 50 ? 'end' : 'middle' },
        l10n.t('due {0}', chart.due),
      ),
    );
  }
  figureSvg.append(
    svg('rect', { x: x(today) - 1, y: top, width: 2, height: bottom - top, class: 'today' }),
    svg('text', { x: left, y: bottom + 22, class: 'axis', 'text-anchor': 'start' }, from),
  );
  if (first && chart.due && first.date < chart.due)
    figureSvg.append(svg('line', { x1: x(first.date), y1: y(first.value), x2: x(chart.due), y2: y(chart.target), class: 'pace-line' }));
  if (last && chart.projected)
    figureSvg.append(
      svg('line', {
        x1: x(last.date),
        y1: y(last.value),
        x2: x(chart.projected),
        y2: y(chart.target),
        class: `projection-line ${chart.state}`,
      }),
    );
  if (chart.points.length > 1)
    figureSvg.append(
      svg('polyline', { points: chart.points.map((point) => `${x(point.date)},${y(point.value)}`).join(' '), class: 'values-line' }),
    );
  for (const point of chart.points) {
    figureSvg.append(
      svg(
        'circle',
        { cx: x(point.date), cy: y(point.value), r: 4, class: 'value-dot' },
        svg('title', {}, `${point.date}: ${formatValue(point.value, chart.unit)}${point.note ? ` (${point.note})` : ''}`),
      ),
    );
  }

  const update = h(
    'button',
    { type: 'button', class: 'secondary update-progress' },
    icon('graph-line'),
    h('span', {}, chart.basis === 'measure' ? l10n.t('Update Progress') : l10n.t('Mark a milestone done')),
  );
  update.addEventListener('click', () => host.post({ type: 'updateProgress', id: chart.goalId }));
  const metric = chart.basis === 'measure' ? (chart.metric ?? '') : l10n.t('milestones done of {0}', chart.target);
  const kind =
    chart.direction === 'rise' ? l10n.t('Burn-up: the values rise to the target.') : l10n.t('Burn-down: the values fall to the target.');
  return h(
    'div',
    { class: `card progress-card ${chart.state}` },
    // A heading, not a button: the timeline already has the button that opens the goal.
    h('div', { class: 'progress-head' }, h('h3', { class: 'card-title', title: chart.title }, chart.title), update),
    h('p', { class: 'muted card-subtitle', title: metric }, metric),
    h('p', { class: `pace ${chart.state}` }, chart.summary),
    figure(
      `${kind} ${l10n.t('Dotted: the pace that meets the target on the due date. Dashed: where the pace so far leads.')}`,
      `${chart.title}. ${chart.summary}`,
      figureSvg,
      table(
        [l10n.t('Date'), l10n.t('Value'), l10n.t('Note')],
        chart.points.map((point) => [point.date, formatValue(point.value, chart.unit), point.note ?? '']),
        chart.title,
      ),
    ),
  );
}

// ---- Activity over the year ---------------------------------------------------------------------

function activityChart(data: DashboardData): HTMLElement {
  const { from, to, days, total, weekStreak, longestWeekStreak } = data.activity;
  if (total === 0)
    return empty(
      l10n.t('Nothing recorded in the last year yet. Reviews, check-ins, evidence, milestones done and progress updates fill this in.'),
    );
  const cell = 11;
  const gap = 2;
  const weeks = Math.floor((Date.parse(to) - Date.parse(from)) / (7 * DAY_MS)) + 1;
  const chart = svg('svg', { viewBox: `0 0 ${weeks * (cell + gap) + 30} ${7 * (cell + gap) + 16}`, class: 'heatmap' });
  const byDate = new Map(days.map((day) => [day.date, day]));
  let month = '';
  for (let week = 0; week < weeks; week++) {
    for (let weekday = 0; weekday < 7; weekday++) {
      const date = new Date(Date.parse(from) + (week * 7 + weekday) * DAY_MS).toISOString().slice(0, 10);
      if (date > to) break;
      if (weekday === 0 && date.slice(0, 7) !== month) {
        month = date.slice(0, 7);
        chart.append(svg('text', { x: 30 + week * (cell + gap), y: 9, class: 'axis' }, month));
      }
      const day = byDate.get(date);
      const level = !day ? 0 : day.count === 1 ? 1 : day.count === 2 ? 2 : day.count <= 4 ? 3 : 4;
      chart.append(
        svg(
          'rect',
          { x: 30 + week * (cell + gap), y: 14 + weekday * (cell + gap), width: cell, height: cell, rx: 2, class: `heat level-${level}` },
          svg('title', {}, day ? `${date}: ${dayText(day.kinds)}` : date),
        ),
      );
    }
  }
  const streak = l10n.t('{0} weeks in a row with activity now; the longest run is {1}.', weekStreak, longestWeekStreak);
  const tally =
    total === 1 ? l10n.t('1 thing recorded from {0} to {1}.', from, to) : l10n.t('{0} things recorded from {1} to {2}.', total, from, to);
  return h(
    'div',
    {},
    h('p', { class: 'streak-line' }, icon('flame'), h('span', {}, streak)),
    figure(
      l10n.t('Each square is a day, each column a week from Monday; the darker, the more happened that day.'),
      `${tally} ${streak}`,
      chart,
      table(
        [l10n.t('Date'), l10n.t('What happened')],
        days.map((day) => [day.date, dayText(day.kinds)]),
        l10n.t('Activity'),
      ),
    ),
  );
}

function dayText(kinds: Partial<Record<ActivityKind, number>>): string {
  return ACTIVITY_KINDS.flatMap((kind) => (kinds[kind] ? [`${activityKindText(kind)} ${kinds[kind]}`] : [])).join(', ');
}

function activityKindText(kind: ActivityKind): string {
  switch (kind) {
    case 'review':
      return l10n.t('reviews');
    case 'checkin':
      return l10n.t('check-ins');
    case 'evidence':
      return l10n.t('evidence');
    case 'milestone':
      return l10n.t('milestones done');
    case 'progress':
      return l10n.t('progress updates');
    case 'service':
      return l10n.t('service to others');
    case 'concept':
      return l10n.t('concepts studied');
  }
}
