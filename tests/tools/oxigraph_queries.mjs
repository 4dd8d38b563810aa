// Loads data files once into an in-memory Oxigraph store (the evaluation
// kit's, ../shared/eval: same package and loader as its `sparql` command),
// then runs each query on it with the default graph as the union of the
// graphs, timing the load and each query apart. For each query it writes
// OUTDIR/NAME.tsv in the form of `sparql --plain` (a header of variable names,
// bare values) and prints, on standard output:
//   load SECONDS QUADS
//   start NAME            before a query runs (so a caller that kills a hung
//   done NAME ROWS SECONDS    query knows which one it was)
//   node oxigraph_queries.mjs OUTDIR DATA... --query Q.rq [--query Q.rq ...]
// Run from anywhere; it finds the kit through NEWSKG_EVAL_HOME or
// ~/.cache/newskg-eval (made by ../shared/eval/setup).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const home = process.env.NEWSKG_EVAL_HOME ||
  path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'newskg-eval');
const { loadStore, tsvEscape } = await import(pathToFileURL(path.join(home, 'lib', 'common.mjs')).href);

const args = process.argv.slice(2);
const outdir = args.shift();
const data = [];
const queries = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--query') queries.push(args[++i]);
  else data.push(args[i]);
}
if (!outdir || data.length === 0 || queries.length === 0) {
  process.stderr.write('usage: node oxigraph_queries.mjs OUTDIR DATA... --query Q.rq [--query Q.rq ...]\n');
  process.exit(2);
}
fs.mkdirSync(outdir, { recursive: true });

const seconds = (start) => (Number(process.hrtime.bigint() - start) / 1e9).toFixed(3);
let start = process.hrtime.bigint();
const store = await loadStore(data);
console.log(`load ${seconds(start)} ${store.size}`);

// As the kit's sparql.mjs: the variables of the SELECT clause in order, else
// those bound, in order of first appearance.
function selectVars(query, rows) {
  const noComments = query.replace(/(^|[^<"'\\])#[^\n]*/g, '$1');
  const m = /\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?([\s\S]*?)\s*(?:FROM\b|WHERE\b|\{)/i.exec(noComments);
  if (m && !/^\*/.test(m[1].trim())) {
    const vars = [];
    const re = /\(\s*[\s\S]*?\bAS\s+[?$](\w+)\s*\)|[?$](\w+)/gi;
    let x;
    while ((x = re.exec(m[1]))) vars.push(x[1] || x[2]);
    if (vars.length) return [...new Set(vars)];
  }
  const seen = [];
  for (const r of rows) for (const k of r.keys()) if (!seen.includes(k)) seen.push(k);
  return seen;
}

for (const file of queries) {
  const name = path.basename(file, '.rq');
  const text = fs.readFileSync(file, 'utf8');
  console.log(`start ${name}`);
  start = process.hrtime.bigint();
  const rows = store.query(text, { use_default_graph_as_union: true });
  const took = seconds(start);
  const vars = selectVars(text, rows);
  const lines = [vars.join('\t')];
  for (const row of rows) lines.push(vars.map((v) => (row.get(v) ? tsvEscape(row.get(v).value) : '')).join('\t'));
  fs.writeFileSync(path.join(outdir, `${name}.tsv`), lines.join('\n') + '\n');
  console.log(`done ${name} ${rows.length} ${took}`);
}
