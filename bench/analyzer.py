#!/usr/bin/env python3
# Copyright 2026 The Provenance developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Speed of `provenance-cli analyze` against `grep -Eoiw -f PATTERNS` on the same text.

The text is the PolNeAR dev articles concatenated when ../shared is present, else a
generated news-like corpus. PATTERNS is `provenance-cli lexicon --patterns`: grep only
finds the cue words, the analyzer does everything (normalisation, ICU sentences, frames,
JSON). Prints both times, their ratio (analyzer / grep; must be <= 1.0) and the time of a
10x input over the 1x input (linearity; must be <= 11).

Usage: bench/analyzer.py [--cli build/src/cli/provenance-cli] [--shared ../shared]
                         [--repeat 3] [--mb 4]
"""
import argparse, json, os, random, subprocess, sys, tempfile, time

SUBJECTS = ["The mayor", "Officials", "A senior official", "The company", "Critics",
            "People familiar with the matter", "Dr. Jane Roe, an economist at Acme Corp.,",
            "The U.S. Senate", "Ana Lopez", "The ministry", "Analysts", "He", "She"]
VERBS = ["said", "told reporters", "warned", "argued", "confirmed", "added", "reported",
         "estimated", "noted", "believes"]
CLAUSES = ["the bridge would close in June", "prices could rise next year",
           "the plan is expected to fail", "the talks had stalled", "the vote may be delayed",
           "the company reportedly paid the fine", "nobody was hurt in the fire",
           "the deal is said to be worth $2 billion", "the river was higher than ever"]
FILLER = ["The harbour expansion began in 2019.", "Shares fell 3 percent on Monday.",
          "The council meets on Tuesdays.", "Rain fell across the region overnight."]


def generated(mb):
    rnd = random.Random(42)
    out, size = [], 0
    while size < mb * 1024 * 1024:
        para = []
        for _ in range(rnd.randint(3, 7)):
            r = rnd.random()
            s, v, c = rnd.choice(SUBJECTS), rnd.choice(VERBS), rnd.choice(CLAUSES)
            if r < 0.3:
                para.append("%s %s that %s." % (s, v, c))
            elif r < 0.45:
                para.append("%s, %s %s." % (c[0].upper() + c[1:], s[0].lower() + s[1:], v))
            elif r < 0.6:
                para.append("\u201c%s,\u201d %s %s." % (c[0].upper() + c[1:], s, v))
            elif r < 0.7:
                para.append("According to %s, %s." % (s[0].lower() + s[1:], c))
            else:
                para.append(rnd.choice(FILLER))
        text = " ".join(para) + "\n\n"
        out.append(text)
        size += len(text.encode("utf-8"))
    return "".join(out)


def corpus(shared, mb):
    path = os.path.join(shared, "bench-data", "polnear.dev.jsonl")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            return "PolNeAR dev texts", "".join(json.loads(l)["text"] + "\n\n" for l in f if l.strip())
    return "generated corpus", generated(mb)


def best_time(argv, stdout_path, repeat):
    best = None
    for _ in range(repeat):
        with open(stdout_path, "wb") as out:
            t0 = time.perf_counter()
            r = subprocess.run(argv, stdout=out, stderr=subprocess.PIPE)
            dt = time.perf_counter() - t0
        if r.returncode not in (0, 1) or (r.returncode == 1 and argv[0] != "grep"):
            sys.exit("%s failed: %s" % (" ".join(argv), r.stderr.decode()))
        best = dt if best is None else min(best, dt)
    return best


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=os.path.join(here, "..", "build", "src", "cli",
                                                  "provenance-cli"))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--mb", type=float, default=4, help="size of the generated corpus")
    args = ap.parse_args()

    name, text = corpus(args.shared, args.mb)
    with tempfile.TemporaryDirectory() as tmp:
        one = os.path.join(tmp, "1x.txt")
        ten = os.path.join(tmp, "10x.txt")
        pat = os.path.join(tmp, "patterns.txt")
        sink = os.path.join(tmp, "out")
        with open(one, "w", encoding="utf-8") as f:
            f.write(text)
        with open(ten, "w", encoding="utf-8") as f:
            for _ in range(10):
                f.write(text)
        with open(pat, "wb") as f:
            f.write(subprocess.run([args.cli, "lexicon", "--patterns"], check=True,
                                   stdout=subprocess.PIPE).stdout)
        n_pat = sum(1 for _ in open(pat, encoding="utf-8"))
        size = os.path.getsize(one) / 1e6

        grep = best_time(["grep", "-Eoiw", "-f", pat, one], sink, args.repeat)
        ana1 = best_time([args.cli, "analyze", one], sink, args.repeat)
        ana10 = best_time([args.cli, "analyze", ten], sink, max(1, args.repeat - 1))

    print("text: %s, %.1f MB; grep patterns: %d" % (name, size, n_pat))
    print("grep -Eoiw -f patterns   %8.3f s  (%.1f MB/s)" % (grep, size / grep))
    print("provenance-cli analyze   %8.3f s  (%.1f MB/s)" % (ana1, size / ana1))
    print("ratio analyze / grep     %8.3f   (must be <= 1.0)" % (ana1 / grep))
    print("analyze 10x input        %8.3f s" % ana10)
    print("ratio 10x / 1x           %8.2f   (must be <= 11)" % (ana10 / ana1))
    return 0 if ana1 <= grep and ana10 / ana1 <= 11 else 1


if __name__ == "__main__":
    sys.exit(main())
