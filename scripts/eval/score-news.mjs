#!/usr/bin/env node
// Development scorer for newskg on an annotated news corpus (the STEM.txt +
// STEM.json pairs described in shared/corpus/FORMAT.md).
//
// Usage:
//   node scripts/eval/score-news.mjs CORPUS_DIR [--newskg build/newskg]
//                                    [--queries queries] [--verbose]
//
// For every STEM.txt that has a STEM.json beside it: runs
//   newskg extract --quiet --format nquads STEM.txt
// (newskg reads STEM.json itself as metadata; the "gold" is ignored by it),
// loads the N-Quads into a fresh Oxigraph store, runs the contract queries of
// queries/ with the default graph as the union of all graphs, and compares
// the answers with the gold of STEM.json:
//
//   people, organizations, places  an entity matches when any normalised form
//                                  (name or alias) is shared; "roles" is the
//                                  role accuracy on the matched people
//   statements                     quote prefix + speaker
//   meetings                       participant overlap + date; "kinds" is the
//                                  kind accuracy on the matched meetings
//   proposals                      proposer + half of the keywords
//
// All matching is one-to-one and greedy (best-scoring pairs first). Counts are
// micro-averaged over the corpus; macro-F1 is the mean F1 of the six
// categories. Articles that newskg fails on, or whose export does not parse or
// query, are listed under "problems:" (their gold still counts as missed).
// This approximates the official evaluation kit (../shared/eval), which is not
// on this machine: treat the numbers as a development signal only.
// Always exits 0, except 2 on bad usage.
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

const CATEGORIES = ['people', 'organizations', 'places', 'meetings', 'proposals', 'statements']

// ---------------------------------------------------------------- arguments

function usage (message) {
  if (message) process.stderr.write(`score-news: ${message}\n`)
  process.stderr.write('usage: node scripts/eval/score-news.mjs CORPUS_DIR [--newskg build/newskg] [--queries DIR] [--verbose]\n')
  process.exit(2)
}

function parseArgs (argv) {
  const options = {
    corpus: null,
    newskg: path.join(REPO_ROOT, 'build', 'newskg'),
    queries: path.join(REPO_ROOT, 'queries'),
    verbose: false
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--verbose' || arg === '-v') options.verbose = true
    else if (arg === '--newskg' || arg === '--queries') {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`)
      options[arg.slice(2)] = path.resolve(argv[++i])
    } else if (arg.startsWith('--newskg=')) options.newskg = path.resolve(arg.slice(9))
    else if (arg.startsWith('--queries=')) options.queries = path.resolve(arg.slice(10))
    else if (arg === '-h' || arg === '--help') usage()
    else if (arg.startsWith('-')) usage(`unknown option ${arg}`)
    else if (options.corpus === null) options.corpus = path.resolve(arg)
    else usage(`unexpected argument ${arg}`)
  }
  if (options.corpus === null) usage('CORPUS_DIR is required')
  return options
}

// ------------------------------------------------------------ normalisation

// NFKC, lower case, curly apostrophes to ', collapse spaces, strip "the ".
function norm (s) {
  if (s === null || s === undefined) return ''
  let t = String(s).normalize('NFKC').toLowerCase()
  t = t.replace(/[\u2018\u2019\u201B\u02BC\u2032\u0060\u00B4]/g, "'")
  t = t.replace(/\s+/g, ' ').trim()
  if (t.startsWith('the ')) t = t.slice(4)
  return t
}

// For quotations: norm, plus curly double quotes to ".
function normQuote (s) {
  return norm(s).replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
}

function stripLeadingPunct (s) {
  return s.replace(/^[\s\p{P}\p{S}]+/u, '')
}

function lastWord (s) {
  const words = norm(s).replace(/[.,]/g, ' ').trim().split(' ').filter(Boolean)
  return words.length ? words[words.length - 1] : ''
}

// Countries: the name, the common other names and the demonyms, so that a
// gold proposer "Russia" matches "Russian Federation", "the Russian side",
// and "Republic of Poland" matches "Poland". Kept here (not read from the
// project's lexicon) so that scores do not move when the lexicon changes.
const COUNTRIES = [
  ['Afghanistan', [], ['Afghan']],
  ['Armenia', [], ['Armenian']],
  ['Australia', [], ['Australian']],
  ['Austria', [], ['Austrian']],
  ['Azerbaijan', [], ['Azerbaijani', 'Azeri']],
  ['Belarus', ['Byelorussia'], ['Belarusian', 'Belarussian']],
  ['Belgium', [], ['Belgian']],
  ['Brazil', [], ['Brazilian']],
  ['Bulgaria', [], ['Bulgarian']],
  ['Canada', [], ['Canadian']],
  ['China', ["People's Republic of China", 'PRC', 'Mainland China'], ['Chinese']],
  ['Croatia', [], ['Croatian']],
  ['Cuba', [], ['Cuban']],
  ['Cyprus', [], ['Cypriot']],
  ['Czech Republic', ['Czechia'], ['Czech']],
  ['Denmark', [], ['Danish']],
  ['Egypt', [], ['Egyptian']],
  ['Estonia', [], ['Estonian']],
  ['Finland', [], ['Finnish']],
  ['France', ['French Republic'], ['French']],
  ['Georgia', [], ['Georgian']],
  ['Germany', ['Federal Republic of Germany'], ['German']],
  ['Greece', ['Hellenic Republic'], ['Greek']],
  ['Hungary', [], ['Hungarian']],
  ['India', ['Republic of India'], ['Indian']],
  ['Indonesia', [], ['Indonesian']],
  ['Iran', ['Islamic Republic of Iran'], ['Iranian']],
  ['Iraq', [], ['Iraqi']],
  ['Ireland', [], ['Irish']],
  ['Israel', ['State of Israel'], ['Israeli']],
  ['Italy', ['Italian Republic'], ['Italian']],
  ['Japan', [], ['Japanese']],
  ['Kazakhstan', [], ['Kazakh', 'Kazakhstani']],
  ['Kyrgyzstan', [], ['Kyrgyz']],
  ['Latvia', [], ['Latvian']],
  ['Lebanon', [], ['Lebanese']],
  ['Libya', [], ['Libyan']],
  ['Lithuania', [], ['Lithuanian']],
  ['Mexico', [], ['Mexican']],
  ['Moldova', [], ['Moldovan']],
  ['Netherlands', ['Holland'], ['Dutch']],
  ['North Korea', ["Democratic People's Republic of Korea", 'DPRK'], ['North Korean']],
  ['Norway', [], ['Norwegian']],
  ['Pakistan', [], ['Pakistani']],
  ['Palestine', ['State of Palestine'], ['Palestinian']],
  ['Poland', ['Republic of Poland'], ['Polish']],
  ['Portugal', [], ['Portuguese']],
  ['Qatar', [], ['Qatari']],
  ['Romania', [], ['Romanian']],
  ['Russia', ['Russian Federation'], ['Russian']],
  ['Saudi Arabia', ['Kingdom of Saudi Arabia'], ['Saudi']],
  ['Serbia', [], ['Serbian']],
  ['Slovakia', ['Slovak Republic'], ['Slovak']],
  ['Slovenia', [], ['Slovenian', 'Slovene']],
  ['South Africa', [], ['South African']],
  ['South Korea', ['Republic of Korea', 'ROK'], ['South Korean']],
  ['Spain', ['Kingdom of Spain'], ['Spanish']],
  ['Sweden', ['Kingdom of Sweden'], ['Swedish']],
  ['Switzerland', ['Swiss Confederation'], ['Swiss']],
  ['Syria', ['Syrian Arab Republic'], ['Syrian']],
  ['Taiwan', [], ['Taiwanese']],
  ['Tajikistan', [], ['Tajik']],
  ['Turkey', ['Türkiye', 'Turkiye', 'Republic of Turkey'], ['Turkish']],
  ['Turkmenistan', [], ['Turkmen']],
  ['Ukraine', [], ['Ukrainian']],
  ['United Arab Emirates', ['UAE', 'Emirates'], ['Emirati']],
  ['United Kingdom', ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'], ['British']],
  ['United States', ['United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America'], ['American']],
  ['Uzbekistan', [], ['Uzbek']],
  ['Venezuela', [], ['Venezuelan']],
  ['Vietnam', ['Viet Nam', 'Socialist Republic of Vietnam'], ['Vietnamese']]
]
const COUNTRY_BY_FORM = new Map()
const COUNTRY_BY_DEMONYM = new Map()
for (const [name, others, demonyms] of COUNTRIES) {
  for (const form of [name, ...others]) COUNTRY_BY_FORM.set(norm(form), name)
  for (const demonym of demonyms) COUNTRY_BY_DEMONYM.set(norm(demonym), name)
}
const DEMONYM_HEADS = new Set(['side', 'government', 'authorities', 'leadership', 'delegation', 'federation', 'republic', 'state', 'officials'])

// The country a name stands for, or null.
function countryOf (form) {
  const n = norm(form)
  if (COUNTRY_BY_FORM.has(n)) return COUNTRY_BY_FORM.get(n)
  if (COUNTRY_BY_DEMONYM.has(n)) return COUNTRY_BY_DEMONYM.get(n)
  const stripped = n.replace(/^(government of|republic of|kingdom of|state of|federal republic of)\s+/, '').replace(/^the /, '')
  if (COUNTRY_BY_FORM.has(stripped)) return COUNTRY_BY_FORM.get(stripped)
  const words = n.split(' ')
  for (let k = words.length - 1; k >= 1; k--) {
    const head = words.slice(0, k).join(' ')
    const rest = words.slice(k)
    if (COUNTRY_BY_DEMONYM.has(head) && rest.every(w => DEMONYM_HEADS.has(w))) return COUNTRY_BY_DEMONYM.get(head)
  }
  return null
}

// ------------------------------------------------------------------ gold

function goldIndex (gold) {
  // normalised name -> every normalised form of the gold entity with that name
  const forms = new Map()
  const kinds = new Map()
  for (const kind of ['people', 'organizations', 'places']) {
    for (const entity of gold[kind] || []) {
      const all = new Set([entity.name, ...(entity.aliases || [])].map(norm).filter(Boolean))
      for (const f of [entity.name]) {
        const key = norm(f)
        forms.set(key, new Set([...(forms.get(key) || []), ...all]))
        if (!kinds.has(key)) kinds.set(key, kind)
      }
    }
  }
  return {
    formsOf (name) {
      const key = norm(name)
      return forms.get(key) || new Set([key].filter(Boolean))
    },
    kindOf (name) { return kinds.get(norm(name)) || null }
  }
}

// ----------------------------------------------------------- predictions

function value (binding, name) {
  const term = binding.get(name)
  return term ? term.value : null
}

function runQuery (store, queries, name) {
  return store.query(queries[name], { use_default_graph_as_union: true })
}

function predictedEntities (rows, idVar) {
  const byId = new Map()
  for (const row of rows) {
    const id = value(row, idVar)
    if (!byId.has(id)) byId.set(id, { id, name: value(row, 'name'), aliases: new Set(), roles: new Set() })
    const e = byId.get(id)
    const alias = value(row, 'alias')
    if (alias !== null) e.aliases.add(alias)
    const role = value(row, 'role')
    if (role !== null) e.roles.add(role)
  }
  return [...byId.values()].map(e => ({
    id: e.id,
    name: e.name,
    aliases: [...e.aliases],
    roles: [...e.roles],
    forms: new Set([e.name, ...e.aliases].map(norm).filter(Boolean))
  }))
}

function predictedMeetings (rows) {
  const byId = new Map()
  for (const row of rows) {
    const id = value(row, 'meeting')
    if (!byId.has(id)) byId.set(id, { id, kind: null, participants: new Set(), date: null, place: null })
    const m = byId.get(id)
    m.kind = m.kind ?? value(row, 'kind')
    m.date = m.date ?? value(row, 'date')
    m.place = m.place ?? value(row, 'place')
    const p = value(row, 'participant')
    if (p !== null) m.participants.add(p)
  }
  return [...byId.values()].map(m => ({ ...m, participants: [...m.participants] }))
}

function predictedProposals (rows) {
  const byId = new Map()
  for (const row of rows) {
    const id = value(row, 'proposal')
    if (!byId.has(id)) byId.set(id, { id, proposers: new Set(), texts: new Set(), topics: new Set(), modality: null, addressees: new Set() })
    const p = byId.get(id)
    for (const [v, set] of [['proposer', p.proposers], ['text', p.texts], ['topic', p.topics], ['addressee', p.addressees]]) {
      const x = value(row, v)
      if (x !== null) set.add(x)
    }
    p.modality = p.modality ?? value(row, 'modality')
  }
  return [...byId.values()].map(p => ({
    id: p.id,
    proposers: [...p.proposers],
    texts: [...p.texts],
    topics: [...p.topics],
    modality: p.modality,
    addressees: [...p.addressees]
  }))
}

function predictedStatements (rows) {
  const byId = new Map()
  for (const row of rows) {
    const id = value(row, 'statement')
    if (!byId.has(id)) byId.set(id, { id, speakers: new Set(), quote: null, verb: null, date: null })
    const s = byId.get(id)
    const sp = value(row, 'speaker')
    if (sp !== null) s.speakers.add(sp)
    s.quote = s.quote ?? value(row, 'quote')
    s.verb = s.verb ?? value(row, 'verb')
    s.date = s.date ?? value(row, 'date')
  }
  return [...byId.values()].map(s => ({ ...s, speakers: [...s.speakers] }))
}

// -------------------------------------------------------------- matching

// One-to-one greedy matching: every (gold, predicted) pair with a positive
// score, best score first (ties: gold order, then predicted order).
function greedyMatch (gold, pred, score) {
  const pairs = []
  gold.forEach((g, i) => pred.forEach((p, j) => {
    const s = score(g, p)
    if (s > 0) pairs.push([s, i, j])
  }))
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2])
  const goldTaken = new Array(gold.length).fill(-1)
  const predTaken = new Array(pred.length).fill(-1)
  for (const [, i, j] of pairs) {
    if (goldTaken[i] >= 0 || predTaken[j] >= 0) continue
    goldTaken[i] = j
    predTaken[j] = i
  }
  return { goldTaken, predTaken }
}

function entityScore (g, p) {
  const gName = norm(g.name)
  const gForms = new Set([g.name, ...(g.aliases || [])].map(norm).filter(Boolean))
  if (gName && gName === norm(p.name)) return 3
  if (p.forms.has(gName) || gForms.has(norm(p.name))) return 2
  for (const f of gForms) if (p.forms.has(f)) return 1
  return 0
}

function roleFits (goldRole, predRole) {
  const g = goldRole.toLowerCase().trim()
  const p = predRole.toLowerCase().trim()
  if (!g || !p) return false
  return p.includes(g) || g.includes(p)
}

function nameMatches (goldName, predName, index, { surname = false, country = false } = {}) {
  const p = norm(predName)
  if (!p) return false
  const forms = index.formsOf(goldName)
  if (forms.has(p)) return true
  if (surname && index.kindOf(goldName) !== 'organizations' && index.kindOf(goldName) !== 'places') {
    const s = lastWord(goldName)
    if (s && s === lastWord(predName)) return true
  }
  if (country) {
    const gc = countryOf(goldName) ?? [...forms].map(countryOf).find(Boolean) ?? null
    if (gc && countryOf(predName) === gc) return true
  }
  return false
}

function quoteMatches (goldStart, predQuote) {
  if (!goldStart || !predQuote) return false
  const g = normQuote(goldStart)
  const p = normQuote(predQuote)
  if (p.startsWith(g)) return true
  const g2 = stripLeadingPunct(g)
  const p2 = stripLeadingPunct(p)
  return g2.length > 0 && p2.startsWith(g2)
}

function datesAgree (goldDate, predDate) {
  const g = goldDate || null
  const p = predDate || null
  if (g === null && p === null) return true
  if (g === null || p === null) return false
  if (g === p) return true
  return /^\d{4}-\d{2}$/.test(g) && /^\d{4}-\d{2}-\d{2}$/.test(p) && p.startsWith(g + '-')
}

function keywordsHit (keywords, haystack) {
  const h = norm(haystack)
  let hits = 0
  for (const k of keywords) if (norm(k) && h.includes(norm(k))) hits++
  return hits
}

// ------------------------------------------------------------- scoring

function newTotals () {
  const t = {}
  for (const c of [...CATEGORIES, 'roles', 'kinds']) t[c] = { gold: 0, pred: 0, matched: 0, predFit: 0 }
  return t
}

function scoreArticle (gold, store, queries, totals, report) {
  const index = goldIndex(gold)
  const add = (category, g, p, m) => {
    totals[category].gold += g
    totals[category].pred += p
    totals[category].matched += m
  }

  // people, organizations, places
  const entityQueries = { people: ['people', 'person'], organizations: ['organizations', 'org'], places: ['places', 'place'] }
  for (const [category, [queryName, idVar]] of Object.entries(entityQueries)) {
    const goldItems = gold[category] || []
    const predItems = predictedEntities(runQuery(store, queries, queryName), idVar)
    const { goldTaken, predTaken } = greedyMatch(goldItems, predItems, entityScore)
    add(category, goldItems.length, predItems.length, goldTaken.filter(j => j >= 0).length)
    report.missed[category] = goldItems.filter((_, i) => goldTaken[i] < 0).map(g => g.name)
    report.spurious[category] = predItems.filter((_, j) => predTaken[j] < 0).map(p => p.name)
    if (category === 'people') {
      goldItems.forEach((g, i) => {
        if (goldTaken[i] < 0) return
        const p = predItems[goldTaken[i]]
        const goldRoles = g.roles || []
        totals.roles.gold += goldRoles.length
        totals.roles.pred += p.roles.length
        totals.roles.matched += goldRoles.filter(gr => p.roles.some(pr => roleFits(gr, pr))).length
        totals.roles.predFit += p.roles.filter(pr => goldRoles.some(gr => roleFits(gr, pr))).length
        const missedRoles = goldRoles.filter(gr => !p.roles.some(pr => roleFits(gr, pr)))
        if (missedRoles.length) (report.missed.roles ??= []).push(`${g.name}: ${missedRoles.join(' | ')} (predicted: ${p.roles.join(' | ') || '-'})`)
      })
    }
  }

  // statements
  {
    const goldItems = gold.statements || []
    const predItems = predictedStatements(runQuery(store, queries, 'statements'))
    const score = (g, p) => {
      if (!quoteMatches(g.quote_start, p.quote)) return 0
      if (p.speakers.some(sp => nameMatches(g.speaker, sp, index))) return 2
      if (p.speakers.some(sp => nameMatches(g.speaker, sp, index, { surname: true }))) return 1
      return 0
    }
    const { goldTaken, predTaken } = greedyMatch(goldItems, predItems, score)
    add('statements', goldItems.length, predItems.length, goldTaken.filter(j => j >= 0).length)
    report.missed.statements = goldItems.filter((_, i) => goldTaken[i] < 0).map(g => `${g.speaker}: "${g.quote_start}"`)
    report.spurious.statements = predItems.filter((_, j) => predTaken[j] < 0)
      .map(p => `${p.speakers.join(' / ') || '?'}: "${clip(p.quote, 60)}"`)
  }

  // meetings
  {
    const goldItems = gold.meetings || []
    const predItems = predictedMeetings(runQuery(store, queries, 'meetings'))
    const score = (g, p) => {
      if (!datesAgree(g.date, p.date)) return 0
      let overlap = 0
      for (const gp of g.participants || []) if (p.participants.some(pp => nameMatches(gp, pp, index))) overlap++
      if (overlap === 0) return 0
      // prefer pairs sharing more participants, then the same kind
      return overlap * 2 + (norm(g.kind) === norm(p.kind) ? 1 : 0)
    }
    const { goldTaken, predTaken } = greedyMatch(goldItems, predItems, score)
    const matched = goldTaken.filter(j => j >= 0).length
    add('meetings', goldItems.length, predItems.length, matched)
    goldItems.forEach((g, i) => {
      if (goldTaken[i] < 0) return
      totals.kinds.gold += 1
      totals.kinds.pred += 1
      if (norm(g.kind) === norm(predItems[goldTaken[i]].kind)) {
        totals.kinds.matched += 1
        totals.kinds.predFit += 1
      } else {
        (report.missed.kinds ??= []).push(`${g.kind} (predicted: ${predItems[goldTaken[i]].kind ?? '-'})`)
      }
    })
    const fmt = m => `${m.kind ?? '?'} [${m.participants.join(', ')}] ${m.date ?? 'no date'}${m.place ? ' @ ' + m.place : ''}`
    report.missed.meetings = goldItems.filter((_, i) => goldTaken[i] < 0).map(fmt)
    report.spurious.meetings = predItems.filter((_, j) => predTaken[j] < 0).map(fmt)
  }

  // proposals
  {
    const goldItems = gold.proposals || []
    const predItems = predictedProposals(runQuery(store, queries, 'proposals'))
    const score = (g, p) => {
      if (!p.proposers.some(pp => nameMatches(g.proposer, pp, index, { country: true }))) return 0
      const keywords = g.keywords || []
      const hits = keywordsHit(keywords, [...p.texts, ...p.topics].join(' \u0000 '))
      if (hits * 2 < keywords.length) return 0
      return 1 + hits
    }
    const { goldTaken, predTaken } = greedyMatch(goldItems, predItems, score)
    add('proposals', goldItems.length, predItems.length, goldTaken.filter(j => j >= 0).length)
    report.missed.proposals = goldItems.filter((_, i) => goldTaken[i] < 0)
      .map(g => `${g.proposer}: ${(g.keywords || []).join('; ')}`)
    report.spurious.proposals = predItems.filter((_, j) => predTaken[j] < 0)
      .map(p => `${p.proposers.join(' / ') || '?'}: ${clip(p.texts[0] ?? p.topics[0] ?? '', 70)}`)
  }
}

function countGoldAsMissed (gold, totals, report) {
  for (const c of CATEGORIES) {
    const items = gold[c] || []
    totals[c].gold += items.length
    report.missed[c] = items.map(x => x.name ?? x.speaker ?? x.proposer ?? (x.participants || []).join(', '))
    report.spurious[c] = []
  }
}

function clip (s, n) {
  if (s === null || s === undefined) return ''
  const t = String(s).replace(/\s+/g, ' ')
  return t.length > n ? t.slice(0, n - 1) + '…' : t
}

function prf (t, predMatched = t.matched) {
  const p = t.pred ? predMatched / t.pred : 0
  const r = t.gold ? t.matched / t.gold : 0
  const f = p + r ? 2 * p * r / (p + r) : 0
  return { p, r, f }
}

// ----------------------------------------------------------------- main

function main () {
  const options = parseArgs(process.argv.slice(2))
  if (!fs.existsSync(options.corpus) || !fs.statSync(options.corpus).isDirectory()) usage(`not a directory: ${options.corpus}`)
  if (!fs.existsSync(options.newskg)) usage(`newskg not found: ${options.newskg} (build it, or pass --newskg)`)

  const queries = {}
  for (const name of ['people', 'organizations', 'places', 'meetings', 'proposals', 'statements']) {
    const file = path.join(options.queries, `${name}.rq`)
    if (!fs.existsSync(file)) usage(`missing query ${file}`)
    queries[name] = fs.readFileSync(file, 'utf8')
  }

  const stems = fs.readdirSync(options.corpus)
    .filter(f => f.endsWith('.txt') && fs.existsSync(path.join(options.corpus, f.slice(0, -4) + '.json')))
    .map(f => f.slice(0, -4))
    .sort()

  const totals = newTotals()
  const problems = []
  const reports = []

  for (const stem of stems) {
    const txt = path.join(options.corpus, stem + '.txt')
    const report = { stem, missed: {}, spurious: {} }
    reports.push(report)
    let gold
    try {
      gold = JSON.parse(fs.readFileSync(path.join(options.corpus, stem + '.json'), 'utf8')).gold || {}
    } catch (e) {
      problems.push(`${stem}: gold JSON does not parse (${e.message})`)
      continue
    }

    const run = spawnSync(options.newskg, ['extract', '--quiet', '--format', 'nquads', txt], {
      encoding: 'utf8', maxBuffer: 1 << 30
    })
    if (run.error || run.status !== 0) {
      const why = run.error ? run.error.message : `exit ${run.status ?? 'signal ' + run.signal}`
      problems.push(`${stem}: newskg failed (${why})${run.stderr ? ': ' + clip(run.stderr.trim(), 200) : ''}`)
      countGoldAsMissed(gold, totals, report)
      continue
    }

    const store = new oxigraph.Store()
    try {
      store.load(run.stdout, { format: 'application/n-quads' })
    } catch (e) {
      problems.push(`${stem}: export does not parse (${clip(String(e.message ?? e), 200)})`)
      countGoldAsMissed(gold, totals, report)
      continue
    }

    const before = JSON.parse(JSON.stringify(totals))
    try {
      scoreArticle(gold, store, queries, totals, report)
    } catch (e) {
      problems.push(`${stem}: query failed (${clip(String(e.message ?? e), 200)})`)
      Object.assign(totals, before)
      report.missed = {}
      report.spurious = {}
      countGoldAsMissed(gold, totals, report)
    }
  }

  if (options.verbose) {
    for (const r of reports) {
      const lines = []
      for (const c of [...CATEGORIES, 'roles', 'kinds']) {
        for (const m of r.missed[c] || []) lines.push(`  missed   ${c.padEnd(13)} ${m}`)
        for (const s of r.spurious[c] || []) lines.push(`  spurious ${c.padEnd(13)} ${s}`)
      }
      console.log(`== ${r.stem}${lines.length ? '' : ' (all matched)'}`)
      for (const l of lines) console.log(l)
    }
    console.log('')
  }

  const pct = x => (100 * x).toFixed(2).padStart(6)
  const header = `${'category'.padEnd(14)}${'gold'.padStart(6)}${'pred'.padStart(6)}${'match'.padStart(7)}${'P'.padStart(8)}${'R'.padStart(8)}${'F1'.padStart(8)}`
  console.log(`newskg dev score: ${stems.length} articles in ${options.corpus}`)
  console.log(header)
  console.log('-'.repeat(header.length))
  let macro = 0
  for (const c of CATEGORIES) {
    const t = totals[c]
    const { p, r, f } = prf(t)
    macro += f
    console.log(`${c.padEnd(14)}${String(t.gold).padStart(6)}${String(t.pred).padStart(6)}${String(t.matched).padStart(7)}  ${pct(p)}  ${pct(r)}  ${pct(f)}`)
  }
  console.log('-'.repeat(header.length))
  for (const c of ['roles', 'kinds']) {
    const t = totals[c]
    const { p, r, f } = prf(t, t.predFit)
    console.log(`${c.padEnd(14)}${String(t.gold).padStart(6)}${String(t.pred).padStart(6)}${String(t.matched).padStart(7)}  ${pct(p)}  ${pct(r)}  ${pct(f)}`)
  }
  console.log('  (roles: gold/predicted titles of the matched people, R = role accuracy;')
  console.log('   kinds: matched meetings, R = kind accuracy)')
  console.log(`macro-F1 ${(100 * macro / CATEGORIES.length).toFixed(2)}`)
  console.log(problems.length ? 'problems:' : 'problems: none')
  for (const p of problems) console.log(`  ${p}`)
  process.exit(0)
}

main()
