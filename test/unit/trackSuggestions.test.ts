import * as assert from 'node:assert/strict';
import { readQuantity } from '../../src/core/quantity';
import { trackSuggestions, trackTable } from '../../src/core/suggestions/track';
import { SERVICE_TYPES, TRACKS } from '../../src/core/vocabulary';

describe('suggestions by career track', () => {
  it('has suggestions for every track, and one for each of the ten ways of serving others', () => {
    for (const track of TRACKS) assert.ok(trackSuggestions(track, []).length >= 2, track);
    for (const type of SERVICE_TYPES) assert.equal(trackSuggestions(undefined, [type]).length, 1, type);
  });

  it('gives the individual contributor paths the source names, and the manager ones', () => {
    const ids = (track: 'ic' | 'management') => trackSuggestions(track, []).map((suggestion) => suggestion.id);
    assert.deepEqual(ids('ic'), [
      'track-ic-staff',
      'track-ic-architect',
      'track-ic-sre',
      'track-ic-advocate',
      'track-ic-conference',
      'track-ic-hackathon',
      'track-ic-writing',
      'track-ic-code-review',
      'track-ic-lead-without-reports',
    ]);
    assert.deepEqual(ids('management'), ['track-management-one-to-ones', 'track-management-hiring', 'track-management-grow-team']);
  });

  it('suggests only the ways of serving others not tried yet', () => {
    const ids = trackSuggestions('ic', ['listening', 'mentoring'])
      .filter((suggestion) => suggestion.answers.kind === 'service-untried')
      .map((suggestion) => suggestion.id);
    assert.deepEqual(ids, ['service-mentoring', 'service-listening']);
  });

  it('makes each suggestion a goal whose target has a number, so its progress can be drawn', () => {
    const ids = new Set<string>();
    for (const suggestion of trackTable()) {
      assert.ok(!ids.has(suggestion.id), `${suggestion.id} twice`);
      ids.add(suggestion.id);
      assert.match(suggestion.id, /^[a-z0-9-]+$/);
      assert.equal(suggestion.proposal.goal.suggestion, suggestion.id);
      assert.ok(readQuantity(suggestion.proposal.goal.target ?? ''), `${suggestion.id}: ${suggestion.proposal.goal.target}`);
      for (const factor of Object.values(suggestion.factors)) assert.ok(factor >= 1 && factor <= 5, suggestion.id);
    }
  });
});
