#!/usr/bin/env node
// Entity-mention predictions of newskg for CoNLL-2003-style documents.
//
// Usage:
//   node scripts/eval/conll-predict.mjs DEV.jsonl OUT.jsonl [--newskg build/newskg] [--queries DIR]
//
// DEV.jsonl has one document a line, {"id", "text", ...} (other fields, the
// gold "tokens" and "entities" included, are not passed on). Each document
// becomes one article {"id", "text", "date": null} (no title: newskg takes the
// first line of the text as the headline). All of them go through ONE run of
//   newskg extract --quiet --format nquads -
// (JSON Lines on standard input), whose N-Quads are loaded into an Oxigraph
// store. Every article is its own named graph (its IRI is a hash of the text;
// its schema:identifier is the document id), and queries/mentions.rq is run
// on each article graph alone, since entity IRIs are shared between articles
// and offsets of different articles would mix in the union.
//
// OUT.jsonl gets one line per input document, in input order:
//   {"id", "entities": [{"start", "end", "type"}]}
// with type PER / ORG / LOC from ?type (schema:Person / Organization / Place)
// and start/end the code-point offsets ?begin/?end (end exclusive), as
// CoNLL's JSONL uses. A span given two types is written once (PER before ORG
// before LOC). Score with: python3 scripts/eval/score-conll.py DEV.jsonl OUT.jsonl
//
// Keep OUT.jsonl outside the repository: it is derived from licensed data.
// Exits 0 when OUT.jsonl was written (documents newskg failed on get no
// entities and are reported on standard error), 1 when newskg produced
// nothing usable, 2 on bad usage.
//
// Install the dependency first: npm ci --prefix scripts/eval

import fs from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import oxigraph from 'oxigraph'

const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url))
const REPO_ROOT = path.resolve(SCRIPT_DIR, '..', '..')

const SCHEMA = 'http://schema.org/'
const TYPE_TAGS = new Map([
  [`${SCHEMA}Person`, 'PER'],
  [`${SCHEMA}Organization`, 'ORG'],
  [`${SCHEMA}Place`, 'LOC']
])
const TAG_ORDER = ['PER', 'ORG', 'LOC']

function usage (message) {
  if (message) process.stderr.write(`conll-predict: ${message}\n`)
  process.stderr.write('usage: node scripts/eval/conll-predict.mjs DEV.jsonl OUT.jsonl [--newskg build/newskg] [--queries DIR]\n')
  process.exit(2)
}

function parseArgs (argv) {
  const options = {
    input: null,
    output: null,
    newskg: path.join(REPO_ROOT, 'build', 'newskg'),
    queries: path.join(REPO_ROOT, 'queries')
  }
  const positional = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--newskg' || arg === '--queries') {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`)
      options[arg.slice(2)] = path.resolve(argv[++i])
    } else if (arg.startsWith('--newskg=')) options.newskg = path.resolve(arg.slice(9))
    else if (arg.startsWith('--queries=')) options.queries = path.resolve(arg.slice(10))
    else if (arg === '-h' || arg === '--help') usage()
    else if (arg.startsWith('-') && arg !== '-') usage(`unknown option ${arg}`)
    else positional.push(arg)
  }
  if (positional.length !== 2) usage('DEV.jsonl and OUT.jsonl are required')
  options.input = positional[0]
  options.output = positional[1]
  return options
}

function main () {
  const options = parseArgs(process.argv.slice(2))
  if (!fs.existsSync(options.newskg)) usage(`newskg not found: ${options.newskg} (build it, or pass --newskg)`)
  const queryFile = path.join(options.queries, 'mentions.rq')
  if (!fs.existsSync(queryFile)) usage(`missing query ${queryFile}`)
  const mentionsQuery = fs.readFileSync(queryFile, 'utf8')

  // Documents, in input order.
  const docs = []
  const lines = fs.readFileSync(options.input === '-' ? 0 : options.input, 'utf8').split('\n')
  lines.forEach((line, n) => {
    if (!line.trim()) return
    let doc
    try {
      doc = JSON.parse(line)
    } catch (e) {
      usage(`${options.input}:${n + 1}: not JSON (${e.message})`)
    }
    if (typeof doc.id !== 'string' || typeof doc.text !== 'string') usage(`${options.input}:${n + 1}: needs "id" and "text"`)
    docs.push({ id: doc.id, text: doc.text })
  })
  const ids = new Set()
  for (const d of docs) {
    if (ids.has(d.id)) usage(`duplicate id ${d.id}`)
    ids.add(d.id)
  }

  // One newskg run over all of them.
  const stdin = docs.map(d => JSON.stringify({ id: d.id, text: d.text, date: null })).join('\n') + '\n'
  const started = Date.now()
  const run = spawnSync(options.newskg, ['extract', '--quiet', '--format', 'nquads', '-'], {
    input: stdin, encoding: 'utf8', maxBuffer: 1 << 30
  })
  if (run.error) {
    process.stderr.write(`conll-predict: cannot run newskg: ${run.error.message}\n`)
    process.exit(1)
  }
  if (run.stderr && run.stderr.trim()) process.stderr.write(run.stderr.replace(/^/gm, 'newskg: '))
  if (run.status !== 0 && run.status !== 1) {
    process.stderr.write(`conll-predict: newskg exited with ${run.status ?? 'signal ' + run.signal}\n`)
    process.exit(1)
  }
  if (run.status === 1) process.stderr.write('conll-predict: newskg failed on some documents (exit 1); they get no entities\n')
  const seconds = (Date.now() - started) / 1000

  const store = new oxigraph.Store()
  try {
    store.load(run.stdout, { format: 'application/n-quads' })
  } catch (e) {
    process.stderr.write(`conll-predict: the export does not parse: ${e.message ?? e}\n`)
    process.exit(1)
  }

  // Article graph -> document ids (two documents with the same text share an
  // article IRI, hence a graph).
  const graphsOf = new Map()
  const articles = store.query(`
    PREFIX schema: <${SCHEMA}>
    SELECT DISTINCT ?g ?id WHERE { GRAPH ?g { ?article a schema:NewsArticle ; schema:identifier ?id } }`)
  for (const row of articles) {
    const id = row.get('id').value
    if (!graphsOf.has(id)) graphsOf.set(id, [])
    graphsOf.get(id).push(row.get('g'))
  }

  const cache = new Map()
  const mentionsIn = graph => {
    if (cache.has(graph.value)) return cache.get(graph.value)
    const bySpan = new Map()
    for (const row of store.query(mentionsQuery, { default_graph: graph })) {
      const tag = TYPE_TAGS.get(row.get('type')?.value)
      if (!tag) continue
      const start = Number(row.get('begin').value)
      const end = Number(row.get('end').value)
      const anchor = row.get('anchor')?.value ?? null
      const key = `${start},${end}`
      const seen = bySpan.get(key)
      if (!seen) bySpan.set(key, { start, end, tag, tags: new Set([tag]), anchor })
      else {
        seen.tags.add(tag)
        if (TAG_ORDER.indexOf(tag) < TAG_ORDER.indexOf(seen.tag)) seen.tag = tag
      }
    }
    const list = [...bySpan.values()].sort((a, b) => a.start - b.start || a.end - b.end)
    cache.set(graph.value, list)
    return list
  }

  let missing = 0
  let mentions = 0
  let multiTyped = 0
  let anchorMismatch = 0
  const counts = { PER: 0, ORG: 0, LOC: 0 }
  const out = []
  for (const doc of docs) {
    const graphs = graphsOf.get(doc.id) || []
    if (graphs.length === 0) {
      missing++
      process.stderr.write(`conll-predict: no article for ${doc.id} in the export\n`)
    }
    const codePoints = Array.from(doc.text)
    const entities = []
    const seen = new Set()
    for (const g of graphs) {
      for (const m of mentionsIn(g)) {
        const key = `${m.start},${m.end}`
        if (seen.has(key)) continue
        seen.add(key)
        if (m.tags.size > 1) multiTyped++
        if (m.anchor !== null && codePoints.slice(m.start, m.end).join('') !== m.anchor) anchorMismatch++
        entities.push({ start: m.start, end: m.end, type: m.tag })
        counts[m.tag]++
        mentions++
      }
    }
    out.push(JSON.stringify({ id: doc.id, entities }))
  }
  fs.writeFileSync(options.output, out.join('\n') + '\n')

  process.stderr.write(`conll-predict: ${docs.length} documents, newskg ${seconds.toFixed(1)} s, ` +
    `${mentions} mentions (PER ${counts.PER}, ORG ${counts.ORG}, LOC ${counts.LOC}) -> ${options.output}\n`)
  if (missing) process.stderr.write(`conll-predict: ${missing} documents missing from the export\n`)
  if (multiTyped) process.stderr.write(`conll-predict: ${multiTyped} spans had more than one type (kept PER > ORG > LOC)\n`)
  if (anchorMismatch) process.stderr.write(`conll-predict: WARNING ${anchorMismatch} mentions whose nif:anchorOf differs from the text at their offsets\n`)
  process.exit(0)
}

main()
