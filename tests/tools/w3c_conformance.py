#!/usr/bin/python3
"""Writer conformance on the W3C RDF 1.1 and JSON-LD fromRdf test suites.

    w3c_conformance.py --rewrite build/tests/rdf_rewrite --w3c ../shared/w3c
                       [--jobs N] [--parser serdi|rapper|both] [--keep DIR]
                       [--suite NAME]... [--format NAME]... [--verbose]

Corpus (see W3C/README.md): the mf:result of every rdft:TestTurtleEval
(rdf11/rdf-turtle) and rdft:TestTrigEval (rdf11/rdf-trig), the mf:action of
every rdft:TestNTriplesPositiveSyntax / rdft:TestNQuadsPositiveSyntax
(rdf11/rdf-n-triples, rdf11/rdf-n-quads), and the .nq input of every
json-ld-api fromRdf test.

Each input is read by rdf_rewrite (newskg's Serd reader) and written by each
of newskg's writers: turtle, trig, ntriples, nquads, jsonld, plus
turtle+prefixes and trig+prefixes (the same with the export prefixes and a
few test-namespace prefixes declared, so that prefixed names are written).
The output must parse with independent parsers (serdi; rapper for Turtle,
N-Triples and N-Quads; pyld for JSON-LD) and be the same dataset as the input
(same_dataset.py: URDNA2015; the union graph for turtle and ntriples).

A writer refusing an input ("writer refused: ...") passes as "refused" only
when the input holds something no writer can write (generalized RDF: a
literal subject or graph, a non-IRI predicate; a relative IRI); any other
refusal is a failure, as is a reader error.

Prints pass/fail/refused counts per suite and format, the failures, and
finally "N passed, M failed".  Exit status 1 when anything failed (or the
suites or tools are missing).
"""

import argparse
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import same_dataset  # noqa: E402  (stdlib + pyld)

RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#'
RDFT = 'http://www.w3.org/ns/rdftest#'

# suite name, manifest (relative to --w3c), test type -> which file is the corpus
RDF_SUITES = [
    ('turtle-eval', 'rdf-tests/rdf11/rdf-turtle/manifest.ttl', RDFT + 'TestTurtleEval', MF + 'result'),
    ('trig-eval', 'rdf-tests/rdf11/rdf-trig/manifest.ttl', RDFT + 'TestTrigEval', MF + 'result'),
    ('ntriples-syntax', 'rdf-tests/rdf11/rdf-n-triples/manifest.ttl',
     RDFT + 'TestNTriplesPositiveSyntax', MF + 'action'),
    ('nquads-syntax', 'rdf-tests/rdf11/rdf-n-quads/manifest.ttl',
     RDFT + 'TestNQuadsPositiveSyntax', MF + 'action'),
]
JSONLD_SUITE = ('jsonld-fromRdf', 'json-ld-api/tests/fromRdf-manifest.jsonld')

# Prefixes for the "+prefixes" variants: newskg's export prefixes (rdf_rewrite
# --export-prefixes) and the namespaces the tests use, one of them the empty prefix.
TEST_PREFIXES = [
    ('', 'http://a.example/'),
    ('ex', 'http://example/'),
    ('eo', 'http://example.org/'),
    ('ns', 'http://example.org/ns#'),
    ('ec', 'http://example.com/'),
    ('tt', 'http://www.w3.org/2013/TurtleTests/'),
]
PREFIX_ARGS = ['--export-prefixes'] + [arg for name, iri in TEST_PREFIXES
                                       for arg in ('--prefix', '%s=%s' % (name, iri))]

# output name -> (writer format, file extension, compare union graphs, extra rdf_rewrite args)
FORMATS = {
    'turtle': ('turtle', 'ttl', True, []),
    'trig': ('trig', 'trig', False, []),
    'ntriples': ('ntriples', 'nt', True, []),
    'nquads': ('nquads', 'nq', False, []),
    'jsonld': ('jsonld', 'jsonld', False, []),
    'turtle+prefixes': ('turtle', 'ttl', True, PREFIX_ARGS),
    'trig+prefixes': ('trig', 'trig', False, PREFIX_ARGS),
}

REWRITE_TIMEOUT = 60

# Extra inputs (suite "newskg-edges", --no-edges leaves them out) for what the
# W3C corpus holds little or nothing of: lexical forms Serd used to write bare
# in Turtle, U+0000, long-string quoting, rdf:nil as predicate and graph name,
# blank node labels with '.', prefixed-name hazards, JSON-LD compaction hazards.
XSD = 'http://www.w3.org/2001/XMLSchema#'
EDGE_INPUTS = {
    'literal-forms.nq': ''.join(
        '<http://example/s> <http://example/p> "%s"^^<%s%s> .\n' % (lexical, XSD, datatype)
        for datatype, forms in [
            ('boolean', ['true', 'false', '1', '0', 'True', 'No', '', ' true']),
            ('integer', ['42', '+7', '-01', '', '1.0', '1e3', ' 1', 'notnative', '1_000']),
            ('decimal', ['1.5', '+.5', '-0.0', '5.', '.', '1.5e3', '1.2.3', '5', 'x.y', '1.5 ']),
            ('double', ['1.5E3', 'INF', 'NaN', '1.5']),
        ] for lexical in forms),
    'literal-text.nq': (
        '<http://example/s> <http://example/p> "\\u0000" .\n'
        '<http://example/s> <http://example/p> "a\\u0000b"@en .\n'
        '<http://example/s> <http://example/p> "\\u0000\\"q\\"\\n" .\n'
        '<http://example/s> <http://example/p> "\\"" .\n'
        '<http://example/s> <http://example/p> "\\"\\"" .\n'
        '<http://example/s> <http://example/p> "\\"\\"\\"\\"\\"\\n" .\n'
        '<http://example/s> <http://example/p> "line\\n\\"\\"\\"end\\"" .\n'
        '<http://example/s> <http://example/p> "a\\"\\\\b\\n" .\n'
        '<http://example/s> <http://example/p> "q\\"\\u0001\\n\\"" .\n'
        '<http://example/s> <http://example/p> "cr\\r\\nlf\\r" .\n'
        '<http://example/s> <http://example/p> "tab\\tbs\\\\n\\b\\f\\u007F\\u0085\\u2028\\uFEFF" .\n'
        '<http://example/s> <http://example/p> "\\U0001F600 \\u00E9" .\n'
        '<http://example/s> <http://example/p> "x"@en-US .\n'
        '<http://example/s> <http://example/p> "y"@EN-gb-Oxendict .\n'
        '<http://example/s> <http://example/p> "{\\"a\\": [1, null]}"'
        '^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON> .\n'),
    'rdf-nil.nq': (
        '<http://example/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> <http://example/o> .\n'
        '<http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> <http://example/p> '
        '<http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .\n'
        '<http://example/s> <http://example/p> <http://example/o> '
        '<http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .\n'
        '<http://example/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> "x" '
        '<http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .\n'
        '<http://example/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
        '<http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .\n'),
    'blank-labels.nq': (
        '_:a.b <http://example/p> _:1x .\n'
        '_:_x <http://example/p> _:a-b .\n'
        '_:\u00e9t\u00e9 <http://example/p> _:a\u00b7b _:g.1 .\n'
        '_:a.b <http://example/p> _:g.1 _:g.1 .\n'
        '_:g.1 <http://example/p> "in the default graph" .\n'
        '_:a.b <http://example/q> _:1x <http://example/g> .\n'),
    'names.nq': ''.join(
        '<%s> <%s> <%s> %s.\n' % (s, p, o, g) for s, p, o, g in [
            ('http://schema.org/name', 'http://schema.org/name', 'http://schema.org/Thing', ''),
            ('http://schema.org/', 'http://schema.org/', 'http://schema.org//x', ''),
            ('https://w3id.org/newskg/ns#x.y', 'https://w3id.org/newskg/ns#p', 'http://example/a.', ''),
            ('http://example/a.b', 'http://example/-a', 'http://example/a:b', ''),
            ('http://example/', 'http://example/a~b', 'http://example/a%20b', ''),
            ('http://example/a/b', 'http://example/a#b', 'http://example/\u00e9', ''),
            ('http://example/1a', 'http://example/_a', 'http://example/a_', '<http://example/g> '),
            ('http://example/g', 'http://example/p', 'http://example/o', ''),
            ('http://example/g', 'http://example/p', 'http://example/g', '<http://example/g> '),
            ('http://a.example/x', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
             'http://www.w3.org/2001/XMLSchema#date', ''),
            ('http://a.example/', 'http://a.example/', 'http://a.example/', ''),
            ('http://www.w3.org/2013/TurtleTests/s', 'http://www.w3.org/2013/TurtleTests/p',
             'urn:isbn:0451450523', ''),
        ]) + (
        '<http://example/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "not an IRI" .\n'
        '<http://example/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> _:t .\n'
        '<http://example/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Thing> .\n'
        '<http://example/t> <http://example/p> "between" .\n'
        '<http://example/s> <http://example/p> "again"^^<http://www.w3.org/2001/XMLSchema#date> .\n'
        '<http://example/s> <http://example/p> "in g" <http://example/g> .\n'
        '<http://example/s> <http://example/p> "in g2" <http://example/g2> .\n'
        '<http://example/s> <http://example/p> "in g, again" <http://example/g> .\n'),
}


class SetupError(Exception):
    pass


# --- manifests ---------------------------------------------------------------

def iri_to_path(iri):
    parsed = urllib.parse.urlparse(iri)
    if parsed.scheme != 'file':
        raise SetupError('not a local file: <%s>' % iri)
    return urllib.parse.unquote(parsed.path)


def read_manifest(path):
    """{subject: {predicate: [object term]}} of a manifest.ttl, read via serdi -o ntriples."""
    result = subprocess.run(['serdi', '-q', '-i', 'turtle', '-o', 'ntriples', path,
                             same_dataset.file_iri(path)], capture_output=True)
    if result.returncode != 0:
        raise SetupError('serdi could not read %s: %s'
                         % (path, result.stderr.decode('utf-8', 'replace').strip()))
    dataset = same_dataset.parse_nquads_text(result.stdout.decode('utf-8'), path)
    graph = {}
    for triple in dataset.get('@default', []):
        graph.setdefault(triple['subject']['value'], {}).setdefault(
            triple['predicate']['value'], []).append(triple['object'])
    return graph


def rdf_list(graph, head):
    items = []
    while head != RDF + 'nil':
        node = graph.get(head, {})
        items.append(node[RDF + 'first'][0]['value'])
        head = node[RDF + 'rest'][0]['value']
    return items


def rdf_tests(w3c):
    tests = []
    for suite, manifest, test_type, corpus in RDF_SUITES:
        path = os.path.join(w3c, manifest)
        if not os.path.isfile(path):
            raise SetupError('manifest %s is missing' % path)
        graph = read_manifest(path)
        manifests = [s for s, props in graph.items()
                     if any(o['value'] == MF + 'Manifest' for o in props.get(RDF + 'type', []))]
        if len(manifests) != 1:
            raise SetupError('%s: expected one mf:Manifest, found %d' % (path, len(manifests)))
        for entry in rdf_list(graph, graph[manifests[0]][MF + 'entries'][0]['value']):
            props = graph.get(entry, {})
            if not any(o['value'] == test_type for o in props.get(RDF + 'type', [])):
                continue
            name = props[MF + 'name'][0]['value'] if MF + 'name' in props else entry
            tests.append({'suite': suite, 'name': name,
                          'input': iri_to_path(props[corpus][0]['value'])})
    return tests


def edge_tests(folder):
    tests = []
    for name, text in EDGE_INPUTS.items():
        path = os.path.join(folder, name)
        with open(path, 'w', encoding='utf-8', newline='\n') as stream:
            stream.write(text)
        tests.append({'suite': 'newskg-edges', 'name': name, 'input': path})
    return tests


def jsonld_tests(w3c):
    suite, manifest = JSONLD_SUITE
    path = os.path.join(w3c, manifest)
    if not os.path.isfile(path):
        raise SetupError('manifest %s is missing' % path)
    with open(path, encoding='utf-8') as stream:
        sequence = json.load(stream)['sequence']
    return [{'suite': suite, 'name': entry['@id'].lstrip('#'),
             'input': os.path.join(os.path.dirname(path), entry['input'])}
            for entry in sequence if entry.get('input', '').endswith('.nq')]


# --- one test ----------------------------------------------------------------

def refusable(path):
    """Why no writer could write `path` (generalized RDF, relative IRI), or None."""
    try:
        with open(path, encoding='utf-8') as stream:
            same_dataset.parse_nquads_text(stream.read(), path)
    except same_dataset.ParseError as error:
        text = str(error)
        if 'generalized RDF' in text or 'relative IRI' in text:
            return text
    except (OSError, UnicodeDecodeError):
        pass
    return None


def run_test(test, rewrite, formats, parser, keep):
    """[(format, status, detail)] with status 'pass', 'fail' or 'refused'."""
    results = []
    cache = {}
    with tempfile.TemporaryDirectory(prefix='w3c-') as scratch:
        for name in formats:
            writer_format, extension, union, extra = FORMATS[name]
            output = os.path.join(scratch, '%s.%s' % (name.replace('+', '-'), extension))
            try:
                done = subprocess.run([rewrite, test['input'], writer_format] + extra,
                                      capture_output=True, timeout=REWRITE_TIMEOUT)
            except subprocess.TimeoutExpired:
                results.append((name, 'fail', 'rdf_rewrite took more than %ds' % REWRITE_TIMEOUT))
                continue
            message = done.stderr.decode('utf-8', 'replace').strip()
            if done.returncode != 0:
                if 'writer refused' in message:
                    reason = refusable(test['input'])
                    if reason:
                        results.append((name, 'refused', '%s [input: %s]' % (message, reason)))
                    else:
                        results.append((name, 'fail', 'refused a valid input: ' + message))
                else:
                    results.append((name, 'fail', message or 'rdf_rewrite exit %d' % done.returncode))
                continue
            with open(output, 'wb') as stream:
                stream.write(done.stdout)
            try:
                report = same_dataset.compare(test['input'], output, union=union, parser=parser,
                                              canonical_a=cache)
            except same_dataset.ParseError as error:
                report = 'output does not parse: %s' % error
            if report:
                results.append((name, 'fail', report))
                if keep:
                    target = os.path.join(keep, test['suite'])
                    os.makedirs(target, exist_ok=True)
                    shutil.copy(output, os.path.join(target, '%s.%s' % (
                        test['name'], os.path.basename(output))))
            else:
                results.append((name, 'pass', ''))
    return results


# --- driver ------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--rewrite', required=True, help='the rdf_rewrite executable')
    parser.add_argument('--w3c', required=True, help='the folder holding rdf-tests/ and json-ld-api/')
    parser.add_argument('--jobs', '-j', type=int, default=os.cpu_count() or 2)
    parser.add_argument('--parser', choices=['serdi', 'rapper', 'both'], default='both',
                        help='which parsers read Turtle/N-Triples/N-Quads output (default both)')
    parser.add_argument('--keep', help='copy failing outputs into this folder')
    parser.add_argument('--suite', action='append', help='only this suite (repeatable)')
    parser.add_argument('--format', action='append', choices=sorted(FORMATS),
                        help='only this output format (repeatable)')
    parser.add_argument('--verbose', '-v', action='store_true', help='print every failure in full')
    parser.add_argument('--no-edges', action='store_true',
                        help='leave out the newskg-edges inputs (W3C suites only)')
    args = parser.parse_args()

    w3c = os.path.abspath(args.w3c)
    if not os.path.isdir(w3c):
        print('w3c_conformance: the W3C test suites are not at %s; copy them there (see '
              'W3C README: rdf-tests/rdf11/..., json-ld-api/tests/...) or configure with '
              '-DNEWSKG_W3C_DIR=/path/to/w3c' % w3c)
        return 1
    if not (os.path.isfile(args.rewrite) and os.access(args.rewrite, os.X_OK)):
        print('w3c_conformance: rdf_rewrite is not an executable: %s' % args.rewrite)
        return 1
    for tool in ['serdi'] + (['rapper'] if args.parser != 'serdi' else []):
        if shutil.which(tool) is None:
            print('w3c_conformance: %s is not installed (needed to parse the output)' % tool)
            return 1

    started = time.monotonic()
    try:
        tests = rdf_tests(w3c) + jsonld_tests(w3c)
    except (SetupError, same_dataset.ParseError, KeyError, OSError, ValueError) as error:
        print('w3c_conformance: cannot read the manifests: %s' % error)
        return 1
    edges_folder = tempfile.TemporaryDirectory(prefix='w3c-edges-')
    if not args.no_edges:
        tests += edge_tests(edges_folder.name)
    if args.suite:
        tests = [test for test in tests if test['suite'] in args.suite]
    formats = args.format or list(FORMATS)
    if not tests:
        print('w3c_conformance: no tests found')
        return 1

    suites = []
    for test in tests:
        if test['suite'] not in suites:
            suites.append(test['suite'])
    counts = {}  # (suite, format) -> {status: n}
    failures = []
    refusals = []
    with concurrent.futures.ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {pool.submit(run_test, test, os.path.abspath(args.rewrite), formats,
                               args.parser, args.keep): test for test in tests}
        for future in concurrent.futures.as_completed(futures):
            test = futures[future]
            try:
                results = future.result()
            except Exception as error:  # a harness bug: count it, do not hide it
                trace = ''.join(traceback.format_exception(error)[-3:])
                results = [(name, 'fail', 'harness error: %r\n%s' % (error, trace))
                           for name in formats]
            for name, status, detail in results:
                bucket = counts.setdefault((test['suite'], name), {'pass': 0, 'fail': 0, 'refused': 0})
                bucket[status] += 1
                if status == 'fail':
                    failures.append((test['suite'], test['name'], name, test['input'], detail))
                elif status == 'refused':
                    refusals.append((test['suite'], test['name'], name, detail))

    width = max(len(name) for name in formats)
    print('W3C writer conformance: %d inputs x %d outputs (output read by %s)'
          % (len(tests), len(formats), args.parser))
    for suite in suites:
        total = sum(1 for test in tests if test['suite'] == suite)
        print('%s (%d inputs)' % (suite, total))
        for name in formats:
            bucket = counts.get((suite, name), {'pass': 0, 'fail': 0, 'refused': 0})
            print('  %-*s  %4d passed  %4d failed  %4d refused'
                  % (width, name, bucket['pass'], bucket['fail'], bucket['refused']))
    print('per format, all suites:')
    for name in formats:
        totals = {status: sum(counts.get((suite, name), {}).get(status, 0) for suite in suites)
                  for status in ('pass', 'fail', 'refused')}
        print('  %-*s  %4d passed  %4d failed  %4d refused'
              % (width, name, totals['pass'], totals['fail'], totals['refused']))

    if refusals:
        print('\nrefused by design (counted as passed):')
        for suite, test, name, detail in sorted(refusals):
            print('  %s/%s [%s]: %s' % (suite, test, name, detail))
    if failures:
        print('\nfailures:')
        for suite, test, name, path, detail in sorted(failures):
            lines = detail.splitlines() or ['']
            shown = lines if args.verbose else lines[:6]
            print('  %s/%s [%s] (%s)' % (suite, test, name, path))
            for line in shown:
                print('      ' + line)
            if len(lines) > len(shown):
                print('      ... (%d more lines; --verbose shows all)' % (len(lines) - len(shown)))

    passed = sum(bucket['pass'] + bucket['refused'] for bucket in counts.values())
    failed = sum(bucket['fail'] for bucket in counts.values())
    print('\n(%.1fs, %d jobs)' % (time.monotonic() - started, args.jobs))
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
