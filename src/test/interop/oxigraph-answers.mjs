// Loads a dump into an in-memory Oxigraph store and runs queries on it: on the union of the graphs for an N-Quads
// dump, on the default graph for an N-Triples dump (which has no graphs), as a user of each would query it.
// Usage: node oxigraph-answers.mjs DUMP.nq|DUMP.nt QUERIES.json  (QUERIES.json: {"name": "SPARQL text", ...})
// Prints {"name": {"vars": [...], "rows": [[term, ...], ...]} | {"triples": ["<s> <p> <o> .", ...]}} as JSON.
import { readFileSync } from 'node:fs';
import oxigraph from 'oxigraph';

const [dump, queriesFile] = process.argv.slice(2);
const quads = dump.endsWith('.nq');
const store = new oxigraph.Store();
store.load(readFileSync(dump, 'utf8'), { format: quads ? 'application/n-quads' : 'application/n-triples' });
const queries = JSON.parse(readFileSync(queriesFile, 'utf8'));
const term = t => t === undefined ? null
  : { type: t.termType, value: t.value, datatype: t.datatype ? t.datatype.value : null, lang: t.language || null };
const out = {};
for (const [name, text] of Object.entries(queries)) {
  const result = store.query(text, { use_default_graph_as_union: quads });
  if (Array.isArray(result) && result.length > 0 && !(result[0] instanceof Map)) {
    out[name] = { triples: result.map(q => q.toString()) };
  } else {
    // SELECT rows; an empty answer is an empty row list (a CONSTRUCT query is never asked for nothing here)
    out[name] = { rows: (result || []).map(row => Object.fromEntries([...row.entries()].map(([k, v]) => [k, term(v)]))) };
  }
}
console.log(JSON.stringify(out));
