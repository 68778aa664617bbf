#!/usr/bin/env python3
# Copyright 2026 The Provenance developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Evaluate `provenance-cli analyze` against the data in ../shared (skips when absent).

Runs the CLI over ../shared/bench-data/polnear.dev.jsonl (attribution mode) and
../shared/bench-data/szeged_factbank.dev.jsonl (hedge mode) and prints the figures of
../shared/eval/score.py for the whole dev split and for two halves chosen by a hash of
each id: "tune" (sha1(id)[0] even: the half the rules were tuned on) and "held-out"
(odd: never looked at). Then checks ../shared/corpus/*.txt against their gold files:
every gold item found with the right kind, every gold source overlapped, false positives.

Usage: bench/eval-analyzer.py [--cli build/src/cli/provenance-cli] [--shared ../shared]
"""
import argparse, hashlib, json, os, subprocess, sys, tempfile


def half(rid):
    return "tune" if hashlib.sha1(str(rid).encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


def run_cli(cli, args, stdin_text):
    r = subprocess.run([cli] + args, input=stdin_text.encode("utf-8"), capture_output=True)
    if r.returncode != 0:
        sys.exit("provenance-cli %s failed (%d): %s" % (" ".join(args), r.returncode,
                                                         r.stderr.decode()))
    return r.stdout.decode("utf-8")


def score(score_py, gold_lines, pred_lines, mode, tmp, name):
    gold = os.path.join(tmp, name + ".gold.jsonl")
    pred = os.path.join(tmp, name + ".pred.jsonl")
    with open(gold, "w", encoding="utf-8") as f:
        f.writelines(gold_lines)
    with open(pred, "w", encoding="utf-8") as f:
        f.writelines(pred_lines)
    r = subprocess.run([sys.executable, score_py, "--mode", mode, gold, pred],
                       capture_output=True, check=True)
    return json.loads(r.stdout)


def dataset(cli, score_py, path, mode, keys, tmp):
    lines = [l for l in open(path, encoding="utf-8") if l.strip()]
    recs = [json.loads(l) for l in lines]
    inp = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in recs)
    out = run_cli(cli, ["analyze", "--jsonl"], inp).splitlines(keepends=True)
    preds = {json.loads(l)["id"]: l for l in out}
    name = os.path.basename(path).split(".")[0]
    print("%s (%s mode, %d records)" % (name, mode, len(recs)))
    for part in ("all", "tune", "held-out"):
        sel = [i for i, r in enumerate(recs) if part == "all" or half(r["id"]) == part]
        res = score(score_py, [lines[i] for i in sel],
                    [preds[recs[i]["id"]] for i in sel if recs[i]["id"] in preds],
                    mode, tmp, name + "-" + part)
        figs = "  ".join("%s P %.3f R %.3f F1 %.3f" % (k, res[k]["precision"], res[k]["recall"],
                                                      res[k]["f1"]) for k in keys)
        print("  %-9s %4d  %s" % (part, len(sel), figs))


def overlap(a, b):
    return a and b and min(a[1], b[1]) > max(a[0], b[0])


def corpus(cli, score_py, shared, tmp):
    cdir = os.path.join(shared, "corpus")
    for fn in sorted(os.listdir(cdir)):
        if not fn.endswith(".gold.json"):
            continue
        gold = json.load(open(os.path.join(cdir, fn), encoding="utf-8"))
        text = open(os.path.join(cdir, fn.replace(".gold.json", ".txt")), encoding="utf-8").read()
        pred = json.loads(run_cli(cli, ["analyze", os.path.join(cdir, fn.replace(".gold.json",
                                                                                  ".txt"))], ""))
        gitems, pitems = gold["attributions"], pred["attributions"]
        found = kind_ok = src_ok = src_n = 0
        used = set()
        for g in gitems:
            hits = [i for i, p in enumerate(pitems) if overlap(g["cue"], p["cue"])]
            same = [i for i in hits if pitems[i]["kind"] == g["kind"]]
            found += bool(hits)
            kind_ok += bool(same)
            used.update(hits)
            if g.get("source"):
                src_n += 1
                src_ok += any(overlap(g["source"], pitems[i]["source"]) for i in same or hits)
            if not same:
                print("  missed %-9s %r" % (g["kind"], g.get("cue_text")))
        fps = [p for i, p in enumerate(pitems) if i not in used]
        print("%s: gold %d, found %d, right kind %d, sources overlapped %d/%d, "
              "false positives %d" % (fn.replace(".gold.json", ""), len(gitems), found, kind_ok,
                                      src_ok, src_n, len(fps)))
        for p in fps:
            print("  false positive %-9s %r" % (p["kind"], text[p["cue"][0]:p["cue"][1]]))
        pl = [json.dumps({"id": fn, "attributions": pitems}) + "\n"]
        gl = [json.dumps(dict(gold, id=fn, text=text)) + "\n"]
        for mode, keys in (("attribution", ("cue_soft", "source_soft", "content_soft")),
                           ("hedge", ("cue_soft",))):
            res = score(score_py, gl, pl, mode, tmp, "corpus-" + mode)
            print("  score.py %-11s " % mode + "  ".join(
                "%s F1 %.3f" % (k, res[k]["f1"]) for k in keys))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=os.path.join(here, "..", "build", "src", "cli",
                                                  "provenance-cli"))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--only", choices=["polnear", "szeged", "corpus"])
    args = ap.parse_args()
    score_py = os.path.join(args.shared, "eval", "score.py")
    if not os.path.exists(score_py):
        print("SKIP: %s not found (no ../shared on this machine)" % score_py)
        return 0
    data = os.path.join(args.shared, "bench-data")
    with tempfile.TemporaryDirectory() as tmp:
        if args.only in (None, "polnear"):
            # The default is PolNeAR's granularity: a quote that goes on after "she said." is
            # part of the same attribution (one content span over both quotes).
            dataset(args.cli, score_py, os.path.join(data, "polnear.dev.jsonl"), "attribution",
                    ("cue_soft", "source_soft", "content_soft"), tmp)
        if args.only in (None, "szeged"):
            dataset(args.cli, score_py, os.path.join(data, "szeged_factbank.dev.jsonl"), "hedge",
                    ("cue_soft", "uncertain_sentence"), tmp)
        if args.only in (None, "corpus"):
            corpus(args.cli, score_py, args.shared, tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
