#!/usr/bin/env node
// Validate RDF data against SHACL shapes with shacl-engine.
//
// Usage:
//   node tests/tools/shacl-validate.mjs [options] SHAPES.ttl DATA...
//
// DATA files may be N-Quads (.nq), N-Triples (.nt), TriG (.trig) or Turtle
// (.ttl), or "-" for N-Quads on standard input. All their graphs are merged
// into one graph (named graphs dropped) and validated together.
//
// Options:
//   --per-graph          also validate each named graph on its own (with the
//                        default graph's triples added): the per-article view
//   --allow-blank-nodes  do not report blank nodes in the data (GRAPH.md
//                        forbids them; by default each one is a violation)
//   --max N              print at most N results (default 200)
//   -q, --quiet          print only the verdict and the counts
//
// Prints "conforms" and exits 0 when there is no sh:Violation (warnings and
// infos are printed but do not fail); else prints one line per violation
// (severity, focus node, path, message, value) and exits 1. Exits 2 on bad
// usage or unreadable input.
//
// Install its dependencies with: npm ci --prefix tests/tools

import fs from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import rdfDataModel from '@rdfjs/data-model'
import rdfDataset from '@rdfjs/dataset'
import N3 from 'n3'
import Validator from 'shacl-engine/Validator.js'

const SH = 'http://www.w3.org/ns/shacl#'

const factory = {
  ...rdfDataModel,
  namedNode: rdfDataModel.namedNode.bind(rdfDataModel),
  blankNode: rdfDataModel.blankNode.bind(rdfDataModel),
  literal: rdfDataModel.literal.bind(rdfDataModel),
  variable: rdfDataModel.variable.bind(rdfDataModel),
  defaultGraph: rdfDataModel.defaultGraph.bind(rdfDataModel),
  quad: rdfDataModel.quad.bind(rdfDataModel),
  fromTerm: rdfDataModel.fromTerm.bind(rdfDataModel),
  fromQuad: rdfDataModel.fromQuad.bind(rdfDataModel),
  dataset: quads => rdfDataset.dataset(quads)
}

function usage (message) {
  if (message) console.error(`shacl-validate: ${message}`)
  console.error('usage: node shacl-validate.mjs [--per-graph] [--allow-blank-nodes] [--max N] [-q] SHAPES.ttl DATA.nq...')
  process.exit(2)
}

function parseArgs (argv) {
  const opts = { perGraph: false, allowBlankNodes: false, max: 200, quiet: false, files: [] }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--per-graph') opts.perGraph = true
    else if (a === '--allow-blank-nodes') opts.allowBlankNodes = true
    else if (a === '-q' || a === '--quiet') opts.quiet = true
    else if (a === '--max') {
      const n = Number(argv[++i])
      if (!Number.isInteger(n) || n < 0) usage('--max needs a non-negative integer')
      opts.max = n
    } else if (a === '-h' || a === '--help') usage()
    else if (a.startsWith('-') && a !== '-') usage(`unknown option ${a}`)
    else opts.files.push(a)
  }
  if (opts.files.length < 2) usage('need a shapes file and at least one data file')
  return opts
}

function formatOf (file) {
  const ext = path.extname(file).toLowerCase()
  if (file === '-' || ext === '.nq' || ext === '.nquads') return 'N-Quads'
  if (ext === '.nt') return 'N-Triples'
  if (ext === '.trig') return 'TriG'
  if (ext === '.ttl' || ext === '.turtle') return 'Turtle'
  return 'N-Quads'
}

// Streams the file through n3 and calls onQuad for each quad.
function readQuads (file, onQuad) {
  return new Promise((resolve, reject) => {
    const input = file === '-' ? process.stdin : fs.createReadStream(file)
    const base = file === '-' ? undefined : 'file://' + path.resolve(file)
    const parser = new N3.StreamParser({ format: formatOf(file), baseIRI: base })
    input.on('error', err => reject(new Error(`${file}: ${err.message}`)))
    parser.on('error', err => reject(new Error(`${file}: ${err.message}`)))
    parser.on('data', onQuad)
    parser.on('end', resolve)
    input.pipe(parser)
  })
}

function termString (term) {
  if (!term) return '-'
  switch (term.termType) {
    case 'NamedNode': return `<${term.value}>`
    case 'BlankNode': return `_:${term.value}`
    case 'Literal': {
      const v = JSON.stringify(term.value)
      if (term.language) return `${v}@${term.language}`
      if (term.datatype && term.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string') {
        return `${v}^^<${term.datatype.value}>`
      }
      return v
    }
    case 'DefaultGraph': return '(default graph)'
    default: return String(term.value)
  }
}

function pathString (steps) {
  if (!steps || steps.length === 0) return '-'
  return steps.map(step => {
    let s = step.predicates.map(p => `<${p.value}>`).join('|')
    if (step.predicates.length > 1) s = `(${s})`
    if (step.start === 'object') s = `^${s}`
    if (step.quantifier === 'oneOrMore') s += '+'
    else if (step.quantifier === 'zeroOrMore') s += '*'
    else if (step.quantifier === 'zeroOrOne') s += '?'
    return s
  }).join('/')
}

function plural (n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function severityName (term) {
  return term && term.value.startsWith(SH) ? term.value.slice(SH.length) : termString(term)
}

function resultLine (result, where) {
  const focus = result.focusNode && result.focusNode.term
  const value = result.value && result.value.term
  const messages = result.message.map(m => m.value)
  const component = result.constraintComponent
    ? result.constraintComponent.value.replace(SH, 'sh:')
    : ''
  const parts = [
    `${severityName(result.severity)}:`,
    `focus ${termString(focus)}`,
    `path ${pathString(result.path)}`,
    `message ${messages.length ? messages.join(' | ') : `(${component})`}`
  ]
  if (value) parts.push(`value ${termString(value)}`)
  if (where) parts.push(`graph ${where}`)
  return parts.join('  ')
}

async function validate (validator, dataset) {
  const report = await validator.validate({ dataset })
  return report.results
}

async function main () {
  const opts = parseArgs(process.argv.slice(2))
  const [shapesFile, ...dataFiles] = opts.files

  const shapes = rdfDataset.dataset()
  await readQuads(shapesFile, q => shapes.add(q))

  const merged = rdfDataset.dataset()
  const graphs = new Map() // graph name -> quads (only with --per-graph)
  const blankNodes = new Map() // file -> { labels: Set, examples: [quad line] }
  let quadCount = 0
  for (const file of dataFiles) {
    await readQuads(file, q => {
      quadCount++
      if ([q.subject, q.object, q.graph].some(t => t.termType === 'BlankNode')) {
        if (!blankNodes.has(file)) blankNodes.set(file, { labels: new Set(), examples: [] })
        const entry = blankNodes.get(file)
        for (const t of [q.subject, q.object, q.graph]) {
          if (t.termType === 'BlankNode') entry.labels.add(t.value)
        }
        if (entry.examples.length < 3) {
          entry.examples.push([q.subject, q.predicate, q.object].map(termString).join(' '))
        }
      }
      merged.add(factory.quad(q.subject, q.predicate, q.object, factory.defaultGraph()))
      if (opts.perGraph) {
        const key = q.graph.termType === 'DefaultGraph' ? '' : q.graph.value
        if (!graphs.has(key)) graphs.set(key, [])
        graphs.get(key).push(q)
      }
    })
  }

  const validator = new Validator(shapes, { factory })
  const lines = []
  let violations = 0
  let warnings = 0
  const count = (result) => {
    if (result.severity && result.severity.value === SH + 'Violation') violations++
    else warnings++
  }

  for (const result of await validate(validator, merged)) {
    count(result)
    lines.push(resultLine(result, null))
  }

  if (opts.perGraph) {
    const defaults = graphs.get('') || []
    for (const [name, quads] of graphs) {
      if (name === '') continue
      const ds = rdfDataset.dataset()
      for (const q of [...defaults, ...quads]) {
        ds.add(factory.quad(q.subject, q.predicate, q.object, factory.defaultGraph()))
      }
      for (const result of await validate(validator, ds)) {
        count(result)
        lines.push(resultLine(result, `<${name}>`))
      }
    }
  }

  if (!opts.allowBlankNodes) {
    for (const [file, { labels, examples }] of blankNodes) {
      violations += labels.size
      lines.push(`Violation: ${plural(labels.size, 'blank node')} in ${file} (GRAPH.md: no blank nodes anywhere)`)
      for (const example of examples) lines.push(`  e.g. ${example}`)
    }
  }

  if (!opts.quiet) {
    const shown = lines.slice(0, opts.max)
    for (const line of shown) console.log(line)
    if (lines.length > shown.length) console.log(`... ${lines.length - shown.length} more results not shown`)
  }

  if (violations === 0) {
    console.log('conforms')
    if (warnings > 0) console.log(`(${plural(warnings, 'warning')} in ${plural(quadCount, 'quad')})`)
    process.exitCode = 0
  } else {
    console.log(`does not conform: ${plural(violations, 'violation')}, ${plural(warnings, 'warning')} in ${plural(quadCount, 'quad')}`)
    process.exitCode = 1
  }
}

main().catch(err => {
  console.error(`shacl-validate: ${err.message}`)
  process.exit(2)
})
