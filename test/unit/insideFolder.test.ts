import * as assert from 'node:assert/strict';
import { namesBelow } from '../../src/core/insideFolder';

describe('inside a folder', () => {
  it('gives the names on the way down to a path inside the folder', () => {
    assert.deepEqual(namesBelow('file:///work/ws', 'file:///work/ws/growth/goals/ship.md'), ['growth', 'goals', 'ship.md']);
    assert.deepEqual(namesBelow('/work/ws/', '/work/ws/growth'), ['growth']);
    assert.deepEqual(namesBelow('C:\\work\\ws', 'C:\\work\\ws\\growth\\goals', '\\'), ['growth', 'goals']);
  });

  it('says a path outside the folder is not inside, however close its name', () => {
    assert.equal(namesBelow('/work/ws', '/work/ws-other/growth'), undefined);
    assert.equal(namesBelow('/work/ws', '/work'), undefined);
    assert.equal(namesBelow('/work/ws', '/work/ws'), undefined);
  });

  it('counts a path that climbs with .. or holds an empty name as outside', () => {
    assert.equal(namesBelow('/work/ws', '/work/ws/growth/../../etc/passwd'), undefined);
    assert.equal(namesBelow('/work/ws', '/work/ws/growth//goals'), undefined);
    assert.equal(namesBelow('/work/ws', '/work/ws/./growth'), undefined);
  });
});
