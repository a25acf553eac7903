// Tokenizes test/fixture.mcred.txt (a .mcred text kept out of workspaces by its extension) with the TextMate engine VS Code uses (vscode-textmate + vscode-oniguruma) and checks
// the scope of each token listed below. Run with `npm test`; exits 1 on the first mismatch report.
'use strict';
const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const expected = [
    // [line (0-based), token text, scope it must carry]
    [0, '#', 'punctuation.definition.comment.mcred'],
    [0, ' A plan to colour: every kind of token the grammar knows.', 'comment.line.number-sign.mcred'],
    [1, 'mcred-disable-next-line', 'keyword.other.suppression.mcred'],
    [1, 'MCR1016', 'constant.other.diagnostic-id.mcred'],
    [1, 'MCR1001', 'constant.other.diagnostic-id.mcred'],
    [1, '-- kept for the next cohort', 'comment.line.reason.mcred'],
    [2, 'skill', 'keyword.other.declaration.mcred'],
    [2, 'sql-querying', 'entity.name.type.declaration.mcred'],
    [2, '\\"', 'constant.character.escape.mcred'],
    [2, 'SQL ', 'string.quoted.double.mcred'],
    [2, '{', 'punctuation.section.block.begin.mcred'],
    [3, 'category', 'variable.other.property.mcred'],
    [3, 'analytics-tools', 'variable.other.reference.mcred'],
    [3, ',', 'punctuation.separator.comma.mcred'],
    [4, '"""', 'string.quoted.triple.mcred'],
    [5, '\\n', 'constant.character.escape.mcred'],
    [5, ' queries answer questions.', 'string.quoted.triple.mcred'],
    [7, 'half-life', 'variable.other.property.mcred'],
    [7, '18mo', 'constant.numeric.duration.mcred'],
    [8, '2026-03-01', 'constant.numeric.date.mcred'],
    [9, 'esco', 'entity.name.tag.framework.mcred'],
    [10, '}', 'punctuation.section.block.end.mcred'],
    [12, 'credential', 'keyword.other.declaration.mcred'],
    [13, 'sql-querying', 'variable.other.reference.mcred'],
    [13, ' a trailing comment', 'comment.line.number-sign.mcred'],
    [14, '5ects', 'constant.numeric.workload.mcred'],
    [15, '3', 'constant.numeric.integer.mcred'],
    [16, '\\q', 'invalid.illegal.escape.mcred'],
];

async function main() {
    const wasm = fs.readFileSync(path.join(require.resolve('vscode-oniguruma'), '..', 'onig.wasm')).buffer;
    await oniguruma.loadWASM(wasm);
    const registry = new vsctm.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
            createOnigString: (text) => new oniguruma.OnigString(text),
        }),
        loadGrammar: async () => vsctm.parseRawGrammar(
            fs.readFileSync(path.join(__dirname, '..', 'syntaxes', 'mcred.tmLanguage.json'), 'utf8'), 'mcred.tmLanguage.json'),
    });
    const grammar = await registry.loadGrammar('source.mcred');
    const lines = fs.readFileSync(path.join(__dirname, 'fixture.mcred.txt'), 'utf8').split('\n');
    const tokens = [];
    let stack = vsctm.INITIAL;
    lines.forEach((line, index) => {
        const result = grammar.tokenizeLine(line, stack);
        for (const token of result.tokens) {
            tokens.push({ line: index, text: line.substring(token.startIndex, token.endIndex), scopes: token.scopes });
        }
        stack = result.ruleStack;
    });

    let failed = 0;
    for (const [line, text, scope] of expected) {
        const token = tokens.find((t) => t.line === line && t.text === text);
        if (!token) {
            failed++;
            console.log(`FAIL line ${line + 1}: no token '${text}'; tokens: ${tokens.filter((t) => t.line === line).map((t) => `'${t.text}'`).join(' ')}`);
        } else if (!token.scopes.includes(scope)) {
            failed++;
            console.log(`FAIL line ${line + 1}: '${text}' has ${token.scopes.join(' ')}, expected ${scope}`);
        }
    }

    console.log(`${expected.length - failed} passed, ${failed} failed`);
    process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
});
