import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { markdownText } from '../../src/core/markdownText';

describe('user text in Markdown', function () {
  this.timeout(20_000); // a guard against hanging, not a speed target

  it('leaves no command link, autolink, HTML, entity or theme icon in file text', () => {
    const hostile = '<command:devgrowth.break.start?1> [x](command:devgrowth.nudge.act) <b>bold</b> &lt; $(zap) *em* `code`\n# heading';
    const escaped = markdownText(hostile);
    assert.doesNotMatch(escaped, /(^|[^\\])[<[&$*`#]/);
    assert.doesNotMatch(escaped, /\n/);
    assert.equal(markdownText('Ship refunds by June'), 'Ship refunds by June');
  });

  it('escapes every character CommonMark reads as syntax, and only by a backslash, so the text reads back as written', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = markdownText(text);
        // Taking away one backslash before each punctuation character gives the text back.
        assert.equal(escaped.replace(/\\([!-/:-@[-`{-~])/g, '$1'), text.replace(/\r\n?|\n/g, ' '));
        assert.doesNotMatch(escaped.replace(/\\[!-/:-@[-`{-~]/g, ''), /[!-/:-@[-`{-~]/);
      }),
    );
  });
});
