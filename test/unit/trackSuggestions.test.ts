import * as assert from 'node:assert/strict';
import { readQuantity } from '../../src/core/quantity';
import { rankSuggestions, situationOf, suggestionsFor, type Situation } from '../../src/core/suggestions';
import { trackTable } from '../../src/core/suggestions/track';
import { SERVICE_TYPES, TRACKS, type ServiceType, type Track } from '../../src/core/vocabulary';
import { createGrowthFile } from '../../src/core/writer';
import { indexPlan } from './growthPlan';

const TODAY = '2026-11-22';

const profile = (track: Track) =>
  createGrowthFile({
    kind: 'profile',
    schema: 1,
    currentLevel: 'Engineer II',
    track,
    northStar: { statement: 'Lead the payments platform' },
  });

/** A plan of only a profile, as its situation: no assessment, review or service yet. */
const situation: Situation = situationOf(indexPlan([['profile.md', profile('ic')]]), TODAY);
const NONE = { taken: new Set<string>(), dismissed: {}, titles: new Set<string>() };

function ids(track: Track | undefined, untried: readonly ServiceType[]): string[] {
  return rankSuggestions({ ...situation, track, untriedService: untried }, NONE, ['track', 'service-untried']).map(
    (suggestion) => suggestion.id,
  );
}

describe('suggestions by career track', () => {
  it('are in the one list the Goals tree, the Saved pages and the palette show', () => {
    const served = createGrowthFile({ kind: 'service', schema: 1, date: '2026-11-01', title: 'Helped at a meetup', type: 'community' });
    const listed = suggestionsFor(
      indexPlan([
        ['profile.md', profile('management')],
        ['service/2026-11-01-meetup.md', served],
      ]),
      TODAY,
    ).map((suggestion) => suggestion.id);
    assert.ok(listed.includes('track-management-one-to-ones'), listed.join());
    assert.ok(listed.includes('service-mentoring'), listed.join());
    assert.ok(!listed.includes('track-ic-staff'), listed.join());
  });

  it('has suggestions for every track, and one for each of the ten ways of serving others', () => {
    for (const track of TRACKS) assert.ok(ids(track, []).length >= 2, track);
    for (const type of SERVICE_TYPES) assert.deepEqual(ids(undefined, [type]), [`service-${type}`], type);
  });

  it('gives the individual contributor paths the source names, and the manager ones', () => {
    assert.deepEqual([...ids('ic', [])].sort(), [
      'track-ic-advocate',
      'track-ic-architect',
      'track-ic-code-review',
      'track-ic-conference',
      'track-ic-hackathon',
      'track-ic-lead-without-reports',
      'track-ic-sre',
      'track-ic-staff',
      'track-ic-writing',
    ]);
    assert.deepEqual([...ids('management', [])].sort(), [
      'track-management-grow-team',
      'track-management-hiring',
      'track-management-one-to-ones',
    ]);
  });

  it('suggests the ways of serving others not tried yet, once some service is logged', () => {
    const service = (plan: ReturnType<typeof indexPlan>) =>
      suggestionsFor(plan, TODAY, { kinds: ['service-untried'] }).map((suggestion) => suggestion.id);
    const served = createGrowthFile({ kind: 'service', schema: 1, date: '2026-11-01', title: 'Paired with Lee', type: 'mentoring' });
    const before = service(indexPlan([['profile.md', profile('ic')]]));
    const after = service(
      indexPlan([
        ['profile.md', profile('ic')],
        ['service/2026-11-01-pairing.md', served],
      ]),
    );
    assert.deepEqual(before, [], 'a plan with no service logged is not handed every way at once');
    assert.deepEqual(
      [...after].sort(),
      SERVICE_TYPES.filter((type) => type !== 'mentoring')
        .map((type) => `service-${type}`)
        .sort(),
    );
  });

  it('makes each suggestion a goal whose target has a number, so its progress can be drawn', () => {
    const ids = new Set<string>();
    for (const suggestion of trackTable(situation)) {
      assert.ok(!ids.has(suggestion.id), `${suggestion.id} twice`);
      ids.add(suggestion.id);
      assert.match(suggestion.id, /^[a-z0-9-]+$/);
      assert.ok(suggestion.proposal.kind === 'goal', suggestion.id);
      assert.equal(suggestion.proposal.goal.suggestion, suggestion.id);
      assert.ok(readQuantity(suggestion.proposal.goal.target ?? ''), `${suggestion.id}: ${suggestion.proposal.goal.target}`);
      for (const factor of Object.values(suggestion.factors)) assert.ok(factor >= 1 && factor <= 5, suggestion.id);
    }
  });
});
