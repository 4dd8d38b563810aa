"""What the lexicon generators (scripts/make-*-lexicon.py) share: the paths of
the project's lexicons and word lists, a reader for the plain Turtle style the
lexicons are written in, the word lists, and how names become slugs and
Turtle strings."""
import os
import re
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEXICON = os.path.join(ROOT, "ontology", "lexicon")
WORDS = os.path.join(ROOT, "ontology", "words")
# The open data beside the project (../shared/data, see its README).
SHARED_DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "data"))

TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|<[^>]*>|[A-Za-z][\w.-]*:[\w.-]*|[;,.]|@prefix|\S+')


def strip_comment(line):
    in_string = False
    escaped = False
    for index, char in enumerate(line):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            in_string = not in_string
        elif char == "#" and not in_string:
            return line[:index]
    return line


def read_turtle(path):
    """Entries of one of our lexicon files: {iri: {property: [values]}}.

    A reader for the plain style the lexicons are written in (prefixed names,
    strings without language tags, ';' and ',' lists), not for Turtle at large.
    """
    entries = {}
    with open(path, encoding="utf-8") as handle:
        text = "\n".join(strip_comment(line) for line in handle)
    tokens = TOKEN.findall(text)
    i = 0
    while i < len(tokens):
        if tokens[i] == "@prefix":
            while tokens[i] != ".":
                i += 1
            i += 1
            continue
        entry = entries.setdefault(tokens[i], {})
        i += 1
        while True:
            predicate = tokens[i]
            i += 1
            while True:
                value = tokens[i]
                if value.startswith('"'):
                    value = value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
                entry.setdefault(predicate, []).append(value)
                i += 1
                if tokens[i] != ",":
                    break
                i += 1
            if tokens[i] == ".":
                i += 1
                break
            i += 1  # ';'
            if tokens[i] == ".":
                i += 1
                break
    return entries


def word_list(path, column=0, lower=False):
    """The words of an ontology/words list (column `column` of its TAB-separated lines)."""
    words = set()
    if not os.path.exists(path):
        return words
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            word = line.split("\t")[column].strip()
            words.add(word.lower() if lower else word)
    return words


def english_words(any_case=False):
    """The lower-case words of the system dictionary (with any_case, every word, lower-cased)."""
    words = set()
    for path in ("/usr/share/dict/american-english", "/usr/share/dict/words"):
        if os.path.exists(path):
            with open(path, encoding="utf-8", errors="replace") as handle:
                for line in handle:
                    line = line.strip()
                    if re.fullmatch(r"[a-z]+", line) or (any_case and re.fullmatch(r"[A-Za-z]+", line)):
                        words.add(line.lower())
            break
    return words


def ascii_fold(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")


def turtle_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
