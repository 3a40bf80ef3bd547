import * as assert from 'node:assert/strict';
import { vagueness } from '../../src/core/vagueness';

describe('vagueness', () => {
  it('flags the seed’s vague goal', () => {
    assert.deepEqual(vagueness('Improve coding skills'), { phrases: ['improve'], hasNumberOrDate: false, vague: true });
  });

  it('passes the seed’s clear goals', () => {
    assert.equal(vagueness('Complete an advanced Python programming course').vague, false);
    assert.deepEqual(vagueness('Finish an advanced Python course by 31 March'), { phrases: [], hasNumberOrDate: true, vague: false });
  });

  it('reports each phrase once, as found, and the longest wording', () => {
    assert.deepEqual(vagueness('Be a better engineer, learn more Rust, and LEARN  MORE Go').phrases, ['be a better', 'learn more']);
    assert.deepEqual(vagueness('Get good at testing and work on my talks').phrases, ['get good at', 'work on']);
    assert.deepEqual(vagueness('Improving docs; understand Kafka; master Rust').phrases, ['improving', 'understand', 'master']);
    assert.deepEqual(vagueness('Write better tests and give more talks, level up').phrases, ['better', 'more', 'level up']);
  });

  it('does not match parts of other words', () => {
    assert.deepEqual(vagueness('Write the mastery matrix for the moreover team').phrases, []);
  });

  it('clears vague words once a number, number word or date is there', () => {
    assert.deepEqual(vagueness('Improve p95 latency by 20%'), { phrases: ['improve'], hasNumberOrDate: true, vague: false });
    assert.equal(vagueness('Give more talks: three this quarter').vague, false);
    assert.equal(vagueness('Get better at estimates before September').vague, false);
    assert.equal(vagueness('Write more tests by May').vague, false);
  });

  it('does not read "may" as a month when it is a verb', () => {
    assert.equal(vagueness('I may learn more Rust').vague, true);
  });

  it('is quiet on an empty title', () => {
    assert.deepEqual(vagueness(''), { phrases: [], hasNumberOrDate: false, vague: false });
  });
});
