#!/usr/bin/python3
"""Are two RDF files the same dataset?  Does an RDF file parse?

    same_dataset.py [--union] [--parser serdi|rapper|both] A B
    same_dataset.py --parse-only FILE

A and B are .nq .nt .ttl .trig or .jsonld files.  Each is turned into an RDF
dataset by parsers that share no code with newskg's writers:

  .ttl .trig .nt .nq   serdi -i SYNTAX -o nquads (Serd's CLI, strict); with
                       --parser rapper/both also rapper -i SYNTAX -o nquads
                       (Raptor; it has no TriG reader, so TriG is serdi only)
  .jsonld              pyld: jsonld.to_rdf(doc, format application/n-quads),
                       with a document loader that refuses every remote load

and the two datasets are compared after URDNA2015 canonicalization (pyld's
URDNA2015).  Exit 0 when they are equal, else 1 with a short diff (or the
parser's complaint when a file does not parse); 2 on usage errors.

--union compares the union graphs (every named graph merged into the default
graph): what a Turtle or N-Triples writer must keep of a dataset.

Language tags: JSON-LD processors lower-case them (pyld does, as JSON-LD 1.1
allows), so when A or B is JSON-LD, tags are compared case-insensitively
(lower-cased on both sides).  Everywhere else they are compared exactly,
except against rapper's reading, which is compared after applying Raptor
2.0.15's two quirks to both sides: its N-Triples/N-Quads parser lower-cases
language tags, and every Raptor lexer cuts a literal at U+0000.  (serdi's
reading, always compared too, has neither.)

pyld 2.0.3 fails on {"@value": "1.1E-1", "@type": xsd:double} (it formats
any xsd:double value as a number); the JSON-LD 1.1 toRdf algorithm only
reformats native numbers, so such string values are converted as they stand
(see _object_to_rdf below).

The N-Quads text printed by serdi/rapper/pyld is read by the small strict
lexer below, not by pyld's JsonLdProcessor.parse_nquads: that parser undoes
escapes with chained str.replace calls, so the literal written "a\\\\nb"
(a, backslash, n, b) comes back as a, backslash, newline, b, and its blank
node pattern [A-Za-z][A-Za-z0-9]* rejects valid labels such as _:1a or _:a.b.
The lexer accepts exactly N-Quads' term shapes and undoes every ECHAR/UCHAR.

--parse-only FILE checks that FILE parses: with serdi (every syntax but
JSON-LD), with rapper -c (Turtle, N-Triples, N-Quads; not TriG), with pyld
(JSON-LD).  Exit 0 when every parser accepts it.

Standard library and pyld only (Debian's python3-pyld); run with /usr/bin/python3.
"""

import json
import os
import re
import subprocess
import sys
import urllib.parse

from pyld import jsonld
from pyld.jsonld import URDNA2015, JsonLdError

XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string'
RDF_LANGSTRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString'

SYNTAXES = {'.ttl': 'turtle', '.trig': 'trig', '.nt': 'ntriples', '.nq': 'nquads',
            '.jsonld': 'jsonld', '.json': 'jsonld'}
RAPPER_SYNTAXES = {'turtle', 'ntriples', 'nquads'}
TIMEOUT = 60


class ParseError(Exception):
    """A file that a parser rejected (or that could not be read)."""


def syntax_of(path):
    syntax = SYNTAXES.get(os.path.splitext(path)[1].lower())
    if syntax is None:
        raise ParseError('%s: cannot tell the syntax from the name (.nq .nt .ttl .trig .jsonld)'
                         % path)
    return syntax


def file_iri(path):
    return 'file://' + urllib.parse.quote(os.path.abspath(path))


# --- N-Quads lexer ---------------------------------------------------------

_IRI = r'<((?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*)>'
_BLANK = r'_:([^\s<>"\\,;()\[\]{}.]+(?:\.+[^\s<>"\\,;()\[\]{}.]+)*)'
_STRING = r'"((?:[^"\\\n\r]|\\[tbnrf"\'\\]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*)"'
_LITERAL = _STRING + r'(?:\^\^' + _IRI + r'|@([a-zA-Z]+(?:-[a-zA-Z0-9]+)*))?'
_TERM = r'(?:' + _IRI + r'|' + _BLANK + r'|' + _LITERAL + r')'
_WS = r'[ \t]*'
_QUAD = re.compile(r'^' + _WS + _TERM + _WS + _TERM + _WS + _TERM + _WS +
                   r'(?:' + _TERM + _WS + r')?\.' + _WS + r'(?:#.*)?$')
_COMMENT = re.compile(r'^' + _WS + r'(?:#.*)?$')
_ESCAPE = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))')
_ECHAR = {'t': '\t', 'b': '\b', 'n': '\n', 'r': '\r', 'f': '\f', '"': '"', "'": "'", '\\': '\\'}


def _unescape(text):
    def one(match):
        code = match.group(1) or match.group(2)
        if code:
            value = int(code, 16)
            if value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
                raise ValueError('\\u escape of a surrogate or beyond U+10FFFF')
            return chr(value)
        return _ECHAR[match.group(3)]
    return _ESCAPE.sub(one, text)


def _term(groups, where):
    """One term from the 5 regex groups (iri, blank, string, datatype, language)."""
    iri, blank, string, datatype, language = groups
    if iri is not None:
        value = _unescape(iri)
        if not re.match(r'^[A-Za-z][A-Za-z0-9+.-]*:', value):
            raise ParseError('%s: relative IRI <%s>' % (where, value))
        return {'type': 'IRI', 'value': value}
    if blank is not None:
        return {'type': 'blank node', 'value': '_:' + blank}
    if string is not None:
        term = {'type': 'literal', 'value': _unescape(string)}
        if language is not None:
            term['datatype'] = RDF_LANGSTRING
            term['language'] = language
        else:
            term['datatype'] = _unescape(datatype) if datatype is not None else XSD_STRING
        return term
    return None


def parse_nquads_text(text, where='N-Quads'):
    """Strict N-Quads text -> pyld dataset {graph: [triple]} ('@default' for the default graph)."""
    dataset = {}
    seen = set()
    # Statements end at LF (or CR LF); str.splitlines would also split at
    # U+2028, VT, FF... which may stand raw inside literals.
    for number, line in enumerate(re.split(r'\r?\n', text), 1):
        if _COMMENT.match(line):
            continue
        match = _QUAD.match(line)
        if match is None:
            raise ParseError('%s:%d: not an N-Quads statement: %s' % (where, number, line[:200]))
        groups = match.groups()
        try:
            s, p, o, g = (_term(groups[i:i + 5], '%s:%d' % (where, number)) for i in range(0, 20, 5))
        except ValueError as error:
            raise ParseError('%s:%d: %s' % (where, number, error))
        if s['type'] == 'literal' or p['type'] != 'IRI' or (g and g['type'] == 'literal'):
            raise ParseError('%s:%d: generalized RDF (literal subject/graph or non-IRI predicate)'
                             % (where, number))
        name = g['value'] if g else '@default'
        key = (name, _key(s), _key(p), _key(o))
        if key in seen:
            continue
        seen.add(key)
        dataset.setdefault(name, []).append({'subject': s, 'predicate': p, 'object': o})
    return dataset


def _key(term):
    return (term['type'], term['value'], term.get('datatype'), term.get('language'))


# --- loading each syntax -----------------------------------------------------

def _run(command, what):
    try:
        result = subprocess.run(command, capture_output=True, timeout=TIMEOUT)
    except FileNotFoundError:
        raise ParseError('%s: %s is not installed' % (what, command[0]))
    except subprocess.TimeoutExpired:
        raise ParseError('%s: %s took more than %ds' % (what, command[0], TIMEOUT))
    if result.returncode != 0:
        message = result.stderr.decode('utf-8', 'replace').strip().splitlines()
        raise ParseError('%s: %s rejected it (exit %d): %s'
                         % (what, command[0], result.returncode, ' | '.join(message[-3:])))
    try:
        return result.stdout.decode('utf-8')
    except UnicodeDecodeError as error:
        raise ParseError('%s: %s printed invalid UTF-8: %s' % (what, command[0], error))


def serdi_nquads(path, syntax):
    return _run(['serdi', '-i', syntax, '-o', 'nquads', path, file_iri(path)],
                '%s (serdi -i %s)' % (path, syntax))


def rapper_nquads(path, syntax):
    return _run(['rapper', '-q', '-i', syntax, '-o', 'nquads', path, file_iri(path)],
                '%s (rapper -i %s)' % (path, syntax))


def _refuse_remote(url, options=None):
    raise JsonLdError('remote documents are not loaded (the context must be embedded): %s' % url,
                      'jsonld.LoadDocumentError', code='loading document failed')


def _no_duplicate_keys(pairs):
    keys = [key for key, _ in pairs]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        raise ValueError('duplicate JSON keys: %s' % ', '.join(duplicates))
    return dict(pairs)


def _reject_constant(name):
    raise ValueError('not JSON: %s' % name)


# pyld 2.0.3 bug: _object_to_rdf formats a value as a double whenever its
# @type is xsd:double, even when @value is a string ('%1.15E' % "1.1E-1"
# raises TypeError).  JSON-LD 1.1 toRdf (Object to RDF Conversion, step 10)
# only converts *numbers*; a string @value is the lexical form as it stands.
# Do exactly that for string values typed xsd:double, and leave everything
# else to pyld.
_XSD_DOUBLE = 'http://www.w3.org/2001/XMLSchema#double'
_pyld_object_to_rdf = jsonld.JsonLdProcessor._object_to_rdf


def _object_to_rdf(self, item, *args, **kwargs):
    if (isinstance(item, dict) and '@value' in item and isinstance(item['@value'], str)
            and item.get('@type') == _XSD_DOUBLE):
        return {'type': 'literal', 'value': item['@value'], 'datatype': _XSD_DOUBLE}
    return _pyld_object_to_rdf(self, item, *args, **kwargs)


jsonld.JsonLdProcessor._object_to_rdf = _object_to_rdf


def jsonld_nquads(path):
    try:
        with open(path, 'rb') as stream:
            text = stream.read().decode('utf-8')
        document = json.loads(text, object_pairs_hook=_no_duplicate_keys,
                              parse_constant=_reject_constant)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ParseError('%s: not a JSON document: %s' % (path, error))
    try:
        return jsonld.to_rdf(document, {'format': 'application/n-quads',
                                        'documentLoader': _refuse_remote,
                                        'base': '', 'processingMode': 'json-ld-1.1'})
    except JsonLdError as error:
        reasons = []
        cause = error
        while cause is not None:
            text = str(getattr(cause, 'message', '') or cause).strip()
            if text:
                reasons.append(text.splitlines()[0].strip('(),\' '))
            cause = getattr(cause, 'cause', None)
        hint = (' [remote documents are never loaded: the context must be embedded]'
                if any('Dereferencing a URL' in reason for reason in reasons) else '')
        raise ParseError('%s: pyld could not convert it to RDF: %s%s'
                         % (path, ' <- '.join(reasons)[:300], hint))


def load(path, parser='serdi'):
    """The dataset in `path` as read by `parser` (serdi or rapper; pyld for JSON-LD)."""
    syntax = syntax_of(path)
    if syntax == 'jsonld':
        return parse_nquads_text(jsonld_nquads(path), '%s (pyld to_rdf output)' % path)
    if parser == 'rapper' and syntax in RAPPER_SYNTAXES:
        return parse_nquads_text(rapper_nquads(path, syntax), '%s (rapper output)' % path)
    return parse_nquads_text(serdi_nquads(path, syntax), '%s (serdi output)' % path)


def parsers_for(path, parser):
    """Which parsers --parser selects for `path` (rapper has no TriG, nobody but pyld JSON-LD)."""
    syntax = syntax_of(path)
    if syntax == 'jsonld':
        return ['pyld']
    if parser == 'both':
        return ['serdi', 'rapper'] if syntax in RAPPER_SYNTAXES else ['serdi']
    if parser == 'rapper' and syntax not in RAPPER_SYNTAXES:
        return ['serdi']
    return [parser]


# --- canonical form and comparison ------------------------------------------

def canonical(dataset, union=False, lower_language=False, cut_at_nul=False):
    """Sorted canonical N-Quads lines (URDNA2015) of a pyld dataset.

    cut_at_nul: cut every literal at its first U+0000, as Raptor does."""
    graphs = {}
    for name, triples in dataset.items():
        target = '@default' if union else name
        for triple in triples:
            triple = {part: dict(term) for part, term in triple.items() if part != 'name'}
            if lower_language and 'language' in triple['object']:
                triple['object']['language'] = triple['object']['language'].lower()
            if cut_at_nul and triple['object']['type'] == 'literal':
                triple['object']['value'] = triple['object']['value'].split('\x00', 1)[0]
            graphs.setdefault(target, {})[tuple(_key(triple[part]) for part in
                                                ('subject', 'predicate', 'object'))] = triple
    normalized = {name: list(triples.values()) for name, triples in graphs.items()}
    text = URDNA2015().main(normalized, {'algorithm': 'URDNA2015',
                                         'format': 'application/n-quads'})
    return sorted(line for line in text.split('\n') if line)


def printable(line):
    return ''.join(c if c.isprintable() or c == ' ' else '\\u%04X' % ord(c) for c in line)


def diff(lines_a, lines_b, name_a='A', name_b='B', limit=8):
    """'' when equal, else a short report of the canonical statements only in one side."""
    set_a, set_b = set(lines_a), set(lines_b)
    only_a = sorted(set_a - set_b)
    only_b = sorted(set_b - set_a)
    if not only_a and not only_b:
        return ''
    report = ['%d statements only in %s, %d only in %s (canonical N-Quads):'
              % (len(only_a), name_a, len(only_b), name_b)]
    for sign, lines in (('-', only_a), ('+', only_b)):
        for line in lines[:limit]:
            text = printable(line)
            report.append('  %s %s' % (sign, text if len(text) <= 240 else text[:240] + '...'))
        if len(lines) > limit:
            report.append('  %s ... %d more' % (sign, len(lines) - limit))
    return '\n'.join(report)


def is_jsonld(path):
    return syntax_of(path) == 'jsonld'


def compare(path_a, path_b, union=False, parser='serdi', canonical_a=None):
    """'' when A and B are the same dataset, else why not (a diff per parser of B).

    A (the reference) is read by serdi, or pyld for JSON-LD; B by each parser
    --parser selects.  When rapper reads B, A is put through the same two
    Raptor 2.0.15 quirks before comparing: language tags lower-cased (its
    N-Triples/N-Quads parser lower-cases them) and literals cut at U+0000 (its
    lexers keep C strings); serdi's reading is compared without either.
    `canonical_a` is a dict caching A's canonical lines, for callers comparing
    one A with many B.  Raises ParseError when a file does not parse."""
    lower = is_jsonld(path_a) or is_jsonld(path_b)
    cache = canonical_a if canonical_a is not None else {}
    problems = []
    for which in parsers_for(path_b, parser):
        quirks = which == 'rapper'
        key = (union, lower or quirks, quirks)
        if key not in cache:
            if 'dataset' not in cache:
                cache['dataset'] = load(path_a, 'serdi')
            cache[key] = canonical(cache['dataset'], union, lower or quirks, quirks)
        lines_b = canonical(load(path_b, which), union, lower or quirks, quirks)
        report = diff(cache[key], lines_b, os.path.basename(path_a),
                      '%s (read by %s)' % (os.path.basename(path_b), which))
        if report:
            problems.append(report)
    return '\n'.join(problems)


def parse_only(path):
    """Problems found by every parser that reads `path` ([] when all accept it)."""
    problems = []
    try:
        syntax = syntax_of(path)
    except ParseError as error:
        return [str(error)]
    checks = []
    if syntax == 'jsonld':
        checks.append(lambda: parse_nquads_text(jsonld_nquads(path), path + ' (pyld)'))
    else:
        checks.append(lambda: parse_nquads_text(serdi_nquads(path, syntax), path + ' (serdi)'))
        if syntax in RAPPER_SYNTAXES:
            checks.append(lambda: _run(['rapper', '-q', '-i', syntax, '-c', path, file_iri(path)],
                                       '%s (rapper -i %s -c)' % (path, syntax)))
    for check in checks:
        try:
            check()
        except ParseError as error:
            problems.append(str(error))
    return problems


def main(argv):
    args = list(argv)
    union = False
    parser = 'serdi'
    if args[:1] == ['--parse-only']:
        if len(args) != 2:
            return usage()
        problems = parse_only(args[1])
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    while args and args[0].startswith('--'):
        option = args.pop(0)
        if option == '--union':
            union = True
        elif option == '--parser' and args and args[0] in ('serdi', 'rapper', 'both'):
            parser = args.pop(0)
        else:
            return usage()
    if len(args) != 2:
        return usage()
    try:
        report = compare(args[0], args[1], union=union, parser=parser)
    except ParseError as error:
        print(error)
        return 1
    if report:
        print(report)
        return 1
    return 0


def usage():
    sys.stderr.write('usage: same_dataset.py [--union] [--parser serdi|rapper|both] A B\n'
                     '       same_dataset.py --parse-only FILE\n')
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
