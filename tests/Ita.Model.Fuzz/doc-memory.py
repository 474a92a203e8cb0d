#!/usr/bin/env python3
"""Peak memory of the document readers per input byte (docs/reliability.md, "Memory per input byte").

Writes each reader's worst input shapes to a temporary directory and runs the Release `ita` on each, measuring
  * the managed memory the command needs: the smallest GC heap hard limit (DOTNET_GCHeapHardLimit, found by
    bisection to 1 MiB) under which it still ends as it does without a limit — the peak of what it holds, whatever
    the collector's habits — above that of the same command on a small valid document;
  * the peak resident memory (/usr/bin/time -v) above the baseline, which also counts garbage not yet collected;
and prints both per input byte as a Markdown table.

    python3 tests/Ita.Model.Fuzz/doc-memory.py            # needs: dotnet build src/Ita.Cli -c Release
"""
import json, os, re, subprocess, sys, tempfile, time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ITA = os.path.join(ROOT, "src", "Ita.Cli", "bin", "Release", "net10.0", "ita.dll")
IIT = ["i%d" % n for n in range(1, 16)]
EIT = ["e%d" % n for n in range(1, 10)]
YESNO = {"i3", "i9", "e3"}  # edition 2568's yes/no items (scale YN-)
HEAD = '{"schemaVersion":1,"fiscalYear":2568,"unit":{"name":"x"},'


def dense(n):
    def respondent(codes, k):
        return "{" + ",".join('"%s":%s' % (c, ("true" if k % 2 else "false") if c in YESNO else str((k + j) % 4)) for j, c in enumerate(codes)) + "}"
    iit = ",\n".join(respondent(IIT, k) for k in range(n))
    eit = ",\n".join(respondent(EIT, k) for k in range(n))
    oit = ",".join('"o%d":true' % n for n in range(1, 29))
    return HEAD + '"responses":{"iit":[\n' + iit + '],\n"eit":[\n' + eit + '],\n"oit":{' + oit + "}}}"


def zeros(arrays, length):
    inner = "[" + ",".join(["0"] * length) + "]"
    return "[" + ",".join([inner] * arrays) + "]"


def shapes():
    yield "assessment", "score", "99,999 IIT and 99,999 EIT respondents answering every item, and the OIT checklist (scored)", dense(99_999)
    yield "assessment", "score", "99,999 empty IIT respondents `[{},{},…]`", HEAD + '"responses":{"iit":[' + ",".join(["{}"] * 99_999) + "]}}"
    yield "assessment", "score", "99,999 respondents answering `{\"i1\": 9}` (out of scale)", HEAD + '"responses":{"iit":[' + ",".join(['{"i1":9}'] * 99_999) + "]}}"
    yield "assessment", "validate", "an unknown top-level property holding 60 arrays of 100,000 zeros (kept)", HEAD + '"indicatorScores":{"1":50},"x":' + zeros(60, 100_000) + "}"
    yield "assessment", "validate", "an unknown top-level property holding 100,000 arrays of 60 empty objects", HEAD + '"indicatorScores":{"1":50},"x":[' + ",".join(["[" + ",".join(["{}"] * 60) + "]"] * 100_000) + "]}"
    card = json.loads(subprocess.run(["dotnet", ITA, "score", os.path.join(ROOT, "src", "Ita.Cli", "Samples", "bankum-2568.json"), "--format", "json"], capture_output=True, text=True).stdout)
    text = json.dumps(card, ensure_ascii=False)
    yield "scoreCard", "validate", "a score card with an unknown property holding 60 arrays of 100,000 zeros", text[:-1] + ',"x":' + zeros(60, 100_000) + "}"
    with open(os.path.join(ROOT, "src", "Ita.Model", "Editions", "Data", "2568.json"), encoding="utf-8") as f:
        edition = f.read().rstrip()
    yield "edition", "validate", "edition 2568 with an unknown property holding 60 arrays of 100,000 zeros (rejected)", edition[:-1] + ',"x":' + zeros(60, 100_000) + "}"
    for kind, name in (("measurePlan", "bankum-2569-plan.json"), ("measureStatus", "g5-ummao-2565-status.json")):
        with open(os.path.join(ROOT, "tests", "Ita.Model.Tests", "Fixtures", "measures", name), encoding="utf-8") as f:
            doc = f.read().rstrip()
        yield kind, "validate", "a %s with an unknown property holding 60 arrays of 100,000 zeros" % kind, doc[:-1] + ',"x":' + zeros(60, 100_000) + "}"


def peak(args, limit=None):
    started = time.time()
    env = dict(os.environ)
    if limit is not None:
        env["DOTNET_GCHeapHardLimit"] = "%x" % limit
    r = subprocess.run(["/usr/bin/time", "-v", "dotnet", ITA] + args, capture_output=True, text=True, env=env)
    kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr).group(1))
    code = int(re.search(r"Exit status: (\d+)", r.stderr).group(1)) if "Exit status" in r.stderr else r.returncode
    return kb * 1024, code, time.time() - started


def needed(args, code):
    """The smallest heap hard limit (bytes, to 1 MiB) under which the command still exits with `code`."""
    low, high = 1 << 20, 4 << 30  # low fails (or is the floor), high succeeds
    while high - low > 1 << 20:
        mid = (low + high) // 2 // (1 << 20) * (1 << 20)
        if peak(args, mid)[1] == code:
            high = mid
        else:
            low = mid
    return high


def main():
    with tempfile.TemporaryDirectory() as tmp:
        small = os.path.join(tmp, "small.json")
        with open(small, "w", encoding="utf-8") as f:
            f.write(HEAD + '"indicatorScores":{"1":50,"2":60,"3":70,"4":80,"5":90,"6":91,"7":92,"8":93,"9":94,"10":95}}')
        base = {cmd: min(peak([cmd, small])[0] for _ in range(3)) for cmd in ("score", "validate")}
        heap = {cmd: needed([cmd, small], peak([cmd, small])[1]) for cmd in ("score", "validate")}
        print("baseline: peak resident score %.0f MB, validate %.0f MB; heap needed score %.0f MiB, validate %.0f MiB" % (base["score"] / 1e6, base["validate"] / 1e6, heap["score"] / 2**20, heap["validate"] / 2**20))
        print("| reader | command | input | size | exit | heap needed above baseline | per input byte | peak resident above baseline | per input byte | wall |")
        print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|")
        for reader, cmd, what, text in shapes():
            path = os.path.join(tmp, "input.json")
            data = text.encode("utf-8")
            with open(path, "wb") as f:
                f.write(data)
            rss, code, wall = peak([cmd, path])
            above = max(0, rss - base[cmd])
            held = max(0, needed([cmd, path], code) - heap[cmd])
            print("| %s | `ita %s` | %s | %.1f MB | %d | %.0f MB | %.1f | %.0f MB | %.1f | %.1f s |" % (reader, cmd, what, len(data) / 1e6, code, held / 1e6, held / len(data), above / 1e6, above / len(data), wall))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
