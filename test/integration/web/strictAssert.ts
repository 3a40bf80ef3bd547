// `node:assert/strict` for the web worker host: the browser port of Node's assert module.
import assert from 'assert';

export default assert.strict;
