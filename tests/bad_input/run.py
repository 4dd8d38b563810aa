#!/usr/bin/python3
"""Runs the bad-input table (cases.txt): makes each input, runs the command,
checks the exit status, the message and the output (serdi, rapper, pyld).

usage: run.py NEWSKG [SOURCE_DIR]
"""
import glob
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading

NEWSKG = os.path.abspath(sys.argv[1])
SOURCE = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", ".."))
TABLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.txt")
NEWS_ARTICLE = "<http://schema.org/NewsArticle>"

ARTICLE = open(os.path.join(SOURCE, "examples/tass-ryabkov-nato/article.txt"), "rb").read()
OTHER = open(os.path.join(SOURCE, "examples/kremlin-putin-pashinyan/article.txt"), "rb").read()
STATEMENT = b'<https://a/s> <https://a/p> "o" <https://a/g> .\n'


def jsonl_line(text, **fields):
    import json
    fields["text"] = text.decode("utf-8")
    return json.dumps(fields).encode("utf-8") + b"\n"


def cut_gzip(data):
    """gzip without its 8-byte trailer: all the data is there, the stream is cut short."""
    import gzip
    return gzip.compress(data, mtime=0)[:-8]


def inputs():
    rng = random.Random(14)
    good_line = jsonl_line(ARTICLE, id="a")
    other_line = jsonl_line(OTHER, id="b")
    deep_graph = b'{"@context":{"s":"https://a/"},"@graph":[' + b'{"@id":"s:g","@graph":[' * 30000 + b"]}" * 30000 + b"]}"
    return {
        "good.txt": ARTICLE,
        "empty.txt": b"",
        "blank.txt": b" \n\t\r\n",
        "binary.txt": b"Binary headline\n\n" + bytes(rng.randrange(256) for _ in range(4096)),
        "nul.txt": ARTICLE.replace(b"NATO", b"NA\x00TO", 2),
        "bom.txt": b"\xef\xbb\xbf" + ARTICLE,
        "crlf.txt": ARTICLE.replace(b"\n", b"\r\n"),
        "cr.txt": ARTICLE.replace(b"\n", b"\r"),
        "overlong.txt": ARTICLE.replace(b"NATO", b"NA\xc0\xafTO\xe0\x80\xaf", 1),
        "surrogate.txt": ARTICLE.replace(b"NATO", b"NA\xed\xa0\x80TO", 1),
        "big.txt": b"Big headline\n\n" + b"word " * (2 << 18),
        # One article of 6 MB: the example article's text again and again.
        "huge.txt": b"Huge headline\n\n" + ARTICLE.split(b"\n\n", 1)[1] * (6_000_000 // len(ARTICLE)),
        "broken.jsonl": good_line + b'{"id":"x", "text": \n' + other_line,
        "emptyline.jsonl": good_line + b"\n" + other_line,
        "bomline.jsonl": good_line + b"\xef\xbb\xbf" + other_line + jsonl_line(ARTICLE, id="c", url="https://example.org/c"),
        "deep.jsonl": b'{"text":"Head\\n\\nBody.","x":' + b"[" * 140000 + b"]" * 140000 + b"}\n" + other_line,
        "deepside/a.txt": OTHER,
        "deepside/a.json": b'{"title":"T","x":' + b"[" * 140000 + b"]" * 140000 + b"}",
        "badside/a.txt": OTHER,
        "badside/a.json": b"title: not JSON\n",
        "badmeta.jsonl": good_line.replace(b'"id": "a"', b'"id": "a", "title": "A \xf7the end", "url": "https://e.org/\xff"'),
        "longurl.jsonl": good_line.replace(b'"id": "a"', b'"id": "a", "url": "https://e.org/' + b"a" * (8 << 20) + b'"'),
        "loop/a.txt": ARTICLE,
        "notturtle.ttl": b"this is not Turtle\n",
        "afterdot.nq": STATEMENT + b". .\n" + STATEMENT + STATEMENT,
        "dots.nq": STATEMENT + b"....x\n" + STATEMENT + STATEMENT,
        "nul.nq": STATEMENT + STATEMENT + b"\x00" + STATEMENT,
        "deep.jsonld": deep_graph,
        "export.nq": open(os.path.join(SOURCE, "examples/tass-ryabkov-nato/export.nq"), "rb").read(),
        "cut.txt.gz": cut_gzip(ARTICLE),
        "cut.jsonl.gz": cut_gzip(good_line + other_line),
        "cut.nq.gz": cut_gzip(open(os.path.join(SOURCE, "examples/tass-ryabkov-nato/export.nq"), "rb").read()),
    }


def make_inputs(folder):
    for name, data in inputs().items():
        path = os.path.join(folder, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as out:
            out.write(data)
    os.symlink(".", os.path.join(folder, "loop", "self"))  # loop/self/self/... is loop


def count_articles(nquads):
    subjects = set()
    for line in nquads.splitlines():
        parts = line.split(" ")
        if len(parts) >= 3 and parts[1] == "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" and parts[2] == NEWS_ARTICLE:
            subjects.add(parts[0])
    return len(subjects)


def check_valid(path, expected):
    if not os.path.exists(path):
        return "no output " + path
    syntax = {".ttl": "turtle", ".trig": "trig", ".nt": "ntriples", ".nq": "nquads"}.get(os.path.splitext(path)[1])
    if syntax:
        serdi = subprocess.run(["serdi", "-q", "-i", syntax, "-o", "nquads", path], capture_output=True)
        if serdi.returncode != 0:
            return "serdi refuses the output: " + serdi.stderr.decode("utf-8", "replace")[:300]
        nquads = serdi.stdout.decode("utf-8")
        if syntax in ("turtle", "ntriples"):
            rapper = subprocess.run(["rapper", "-q", "-i", syntax, "-c", path], capture_output=True)
            if rapper.returncode != 0:
                return "rapper refuses the output: " + rapper.stderr.decode("utf-8", "replace")[:300]
    else:
        import json
        from pyld import jsonld
        try:
            with open(path, encoding="utf-8") as f:
                document = json.load(f)
            nquads = jsonld.to_rdf(document, {"format": "application/n-quads"})
        except Exception as error:  # noqa: BLE001 - any refusal is the finding
            return "pyld refuses the output: %s" % str(error)[:300]
    found = count_articles(nquads)
    if found != expected:
        return "output holds %d articles, not %d" % (found, expected)
    return None


def run_measured(line, folder):
    """Runs `line` with bash in `folder` (at most 600 s); returns the result and
    the peak resident memory in MB of bash and of what it ran (wait4 gives the
    largest of them)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(["bash", "-c", line], cwd=folder, stdout=out, stderr=err)
        timer = threading.Timer(600, process.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        result = subprocess.CompletedProcess(line, process.returncode, out.read(), err.read())
    return result, usage.ru_maxrss / 1024


def main():
    cases = []
    for line in open(TABLE, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.rstrip("\n").split(" | ")]
        if len(fields) != 6:
            print("bad table line: " + line)
            return 2
        cases.append(fields)
    work = tempfile.mkdtemp(prefix="newskg-bad-input-")
    try:
        folder = os.path.join(work, "in")
        os.makedirs(folder)
        make_inputs(folder)
        failures = 0
        for number, (name, input_name, command, status, message, output) in enumerate(cases, 1):
            out_dir = os.path.join(work, "out%02d" % number)
            os.makedirs(out_dir)
            out = os.path.join(out_dir, "out")
            old = b"<https://old/s> <https://old/p> \"old export\" .\n"
            if output == "unchanged":
                for extension in (".nq",):
                    with open(out + extension, "wb") as f:
                        f.write(old)
            line = (command.replace("{newskg}", NEWSKG).replace("{in}", input_name)
                    .replace("{good}", os.path.join(folder, "good.txt")).replace("{out}", out))
            output, _, rss_limit = output.partition(" rss<")
            run, peak_mb = run_measured(line, folder)
            text = (run.stderr + run.stdout).decode("utf-8", "replace") if len(run.stdout) < 100000 else run.stderr.decode("utf-8", "replace")
            problems = []
            if rss_limit and peak_mb >= float(rss_limit.rstrip("MB")):
                problems.append("peak RSS %.0f MB, not under %s" % (peak_mb, rss_limit))
            if run.returncode != int(status):
                problems.append("exit status %d, not %s" % (run.returncode, status))
            if message not in text:
                problems.append("no message %r" % message)
            if output.startswith("valid:"):
                written = glob.glob(out + ".*")
                problem = check_valid(written[0] if written else out, int(output.split(":")[1]))
                if problem:
                    problems.append(problem)
                elif written and os.path.getsize(written[0]) > 64 * len(ARTICLE) * 100:
                    problems.append("output of %d bytes" % os.path.getsize(written[0]))
            elif output == "absent":
                left = os.listdir(out_dir)
                if left:
                    problems.append("output left: " + ", ".join(left))
            elif output == "unchanged":
                with open(out + ".nq", "rb") as f:
                    if f.read() != old:
                        problems.append("the old output was changed")
                if len(os.listdir(out_dir)) != 1:
                    problems.append("files left: " + ", ".join(os.listdir(out_dir)))
            leftovers = [p for p in os.listdir(folder) if ".tmp-newskg" in p]
            if leftovers:
                problems.append("temporary files left: " + ", ".join(leftovers))
            if problems:
                failures += 1
                print("FAIL %2d %s: %s\n      %s\n      message: %s" % (number, name, "; ".join(problems), line[:200],
                                                                     text.strip()[:400]))
            else:
                print("ok   %2d %s" % (number, name))
        print("bad-input table: %d of %d cases pass" % (len(cases) - failures, len(cases)))
        return 1 if failures else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
