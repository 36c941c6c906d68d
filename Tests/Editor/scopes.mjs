// node Tests/Editor/scopes.mjs GRAMMAR.json TEST_FILE [FILE...]: tokenises every FILE with VS Code's
// own engine (vscode-textmate on vscode-oniguruma; a line that takes over a second fails as a
// runaway), then checks TEST_FILE's caret lines as Tests/Editor/syntect does. Prints one line per
// failure and `grammar: N passed, N failed`; exits 1 on any failure.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const [grammarPath, testPath, ...files] = process.argv.slice(2);
if (!testPath) {
  console.error('usage: node scopes.mjs GRAMMAR.json TEST_FILE [FILE...]');
  process.exit(2);
}

const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
const registry = new textmate.Registry({
  onigLib: oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).then(() => ({
    createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
    createOnigString: (text) => new oniguruma.OnigString(text),
  })),
  loadGrammar: async (scopeName) =>
    scopeName === 'source.deal' ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
});
const grammar = await registry.loadGrammar('source.deal');

/** Each line of `path` with the scope names at each of its columns; throws on a runaway line. */
function tokenise(path) {
  let state = textmate.INITIAL;
  return readFileSync(path, 'utf8').split('\n').map((text, index) => {
    const result = grammar.tokenizeLine(text, state, 1000);
    if (result.stoppedEarly) throw new Error(`${path}:${index + 1}: tokenising stopped after 1 s (a runaway rule)`);
    state = result.ruleStack;
    const columns = [];
    for (const token of result.tokens) {
      for (let c = token.startIndex; c < token.endIndex; c++) columns[c] = token.scopes;
    }
    return { text, columns };
  });
}

/** A selector `a b - c`: scopes a then b (dotted prefixes) in the stack, and no c. */
function selects(selector, stack) {
  const has = (path) => {
    let at = 0;
    return path.split(/\s+/).filter(Boolean).every((want) => {
      while (at < stack.length && !(stack[at] === want || stack[at].startsWith(want + '.'))) at++;
      return at++ < stack.length;
    });
  };
  const [wanted, ...excluded] = selector.split(' - ');
  return has(wanted) && excluded.every((path) => !has(path));
}

let passed = 0;
let failed = 0;
for (const path of files) {
  try {
    tokenise(path);
    passed++;
  } catch (error) {
    console.log(`  FAIL tokenising ${error.message}`);
    failed++;
  }
}
const lines = tokenise(testPath);
let code = null;
lines.forEach(({ text }, index) => {
  const rest = text.replace(/^#+/, '');
  const assertion = text.startsWith('#') && (rest.trimStart().startsWith('^') || rest.startsWith(' <-'));
  if (!assertion) {
    if (!text.startsWith('#') && text.trim() !== '') code = index;
    return;
  }
  if (code === null) return;
  let first, last, selector;
  if (rest.startsWith(' <-')) {
    [first, last, selector] = [0, 1, rest.slice(3).trim()];
  } else {
    first = text.indexOf('^');
    last = first;
    while (text[last] === '^') last++;
    selector = text.slice(last).trim();
  }
  for (let column = first; column < last; column++) {
    const stack = lines[code].columns[column] ?? [];
    if (selects(selector, stack)) {
      passed++;
    } else {
      failed++;
      console.log(`  FAIL ${testPath}:${index + 1} column ${column} of \`${lines[code].text}\`: ` +
        `want ${selector}, found ${stack.join(' ')}`);
    }
  }
});
console.log(`grammar: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
