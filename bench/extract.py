#!/usr/bin/env python3
# extract.py — article extraction quality and speed: provenance-cli extract against
# Mozilla Readability (its npm package, installed here into a temp folder) on the
# dev pages of ../shared/bench-data/extraction, both scored by
# ../shared/eval/score_extraction.py in the same invocation.
#
# Copyright 2026 The Provenance developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bench/extract.py [--cli build/src/cli/provenance-cli] [--shared ../shared]
#                         [--no-peer] [--node-dir DIR] [--keep DIR] [--verbose]
# Skips (exit 77) when the shared data is absent.
import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
READABILITY = "@mozilla/readability@0.6.0"
JSDOM = "jsdom@27.0.0"
FAKE_URL = "http://fakehost/test/page.html"


def pages(shared):
    """(dataset, gt_dir, [(name, gz_path, url)]) for both datasets."""
    base = os.path.join(shared, "bench-data", "extraction")
    out = []
    aeb = os.path.join(base, "article-extraction-benchmark")
    if os.path.isdir(aeb):
        with open(os.path.join(aeb, "ground-truth.json"), encoding="utf-8") as f:
            gt = json.load(f)
        names = [n.strip() for n in open(os.path.join(aeb, "dev.txt")) if n.strip()]
        out.append(("article-extraction-benchmark", aeb,
                    [(n, os.path.join(aeb, "html", n + ".html.gz"), gt[n].get("url") or FAKE_URL)
                     for n in names]))
    rtp = os.path.join(base, "readability-test-pages")
    if os.path.isdir(rtp):
        names = [n.strip() for n in open(os.path.join(rtp, "dev.txt")) if n.strip()]
        out.append(("readability-test-pages", rtp,
                    [(n, os.path.join(rtp, "pages", n, "source.html.gz"), FAKE_URL)
                     for n in names]))
    return out


def install_peer(node_dir):
    """npm-installs Readability and jsdom into node_dir (once)."""
    if os.path.isdir(os.path.join(node_dir, "node_modules", "@mozilla", "readability")) and \
       os.path.isdir(os.path.join(node_dir, "node_modules", "jsdom")):
        return True
    os.makedirs(node_dir, exist_ok=True)
    r = subprocess.run(["npm", "install", "--prefix", node_dir, "--no-audit", "--no-fund",
                        "--silent", READABILITY, JSDOM], capture_output=True, text=True)
    if r.returncode != 0:
        print("bench/extract: npm install failed: " + r.stderr.strip().splitlines()[-1]
              if r.stderr.strip() else "bench/extract: npm install failed", file=sys.stderr)
        return False
    return True


def score(shared, gt_dir, pred_dir, verbose):
    cmd = [sys.executable, os.path.join(shared, "eval", "score_extraction.py"), gt_dir, pred_dir]
    if verbose:
        cmd.append("--verbose")
    r = subprocess.run(cmd, capture_output=True, text=True, check=True)
    if verbose:
        sys.stderr.write(r.stderr)
    return json.loads(r.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "src", "cli", "provenance-cli"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--bench", default=os.path.join(ROOT, "build", "bench", "extract-bench"),
                    help="the in-process driver (bench/extract-bench.c)")
    ap.add_argument("--no-peer", action="store_true", help="only run provenance-cli")
    ap.add_argument("--node-dir", help="reuse (or create) the npm install here")
    ap.add_argument("--keep", help="write predictions under this folder and keep them")
    ap.add_argument("--dataset", help="only this dataset")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    datasets = pages(args.shared) if os.path.isdir(args.shared) else []
    if args.dataset:
        datasets = [d for d in datasets if d[0] == args.dataset]
    if not datasets:
        print("bench/extract: SKIP: no ../shared/bench-data/extraction here")
        return 77
    if not os.access(args.cli, os.X_OK):
        print(f"bench/extract: no provenance-cli at {args.cli} (build first)", file=sys.stderr)
        return 1

    work = args.keep or tempfile.mkdtemp(prefix="prov-bench-extract-")
    node_dir = args.node_dir or os.path.join(work, "node")
    peer = not args.no_peer and shutil.which("node") and install_peer(node_dir)
    results = []
    try:
        for name, gt_dir, items in datasets:
            html_dir = os.path.join(work, name, "html")
            ours_dir = os.path.join(work, name, "provenance")
            peer_dir = os.path.join(work, name, "readability")
            for d in (html_dir, ours_dir, peer_dir):
                os.makedirs(d, exist_ok=True)
            jobs = []
            for page, gz, url in items:
                path = os.path.join(html_dir, page + ".html")
                with gzip.open(gz, "rb") as src, open(path, "wb") as dst:
                    dst.write(src.read())
                jobs.append({"name": page, "html": path, "url": url,
                             "out": os.path.join(peer_dir, page + ".json")})

            failures = 0
            start = time.perf_counter()
            for job in jobs:
                r = subprocess.run([args.cli, "extract", job["html"], "--url", job["url"],
                                    "--format", "json"], capture_output=True)
                if r.returncode == 0:
                    with open(os.path.join(ours_dir, job["name"] + ".json"), "wb") as f:
                        f.write(r.stdout)
                else:
                    failures += 1
            ours_secs = time.perf_counter() - start
            row = {"dataset": name, "pages": len(jobs), "failures": failures,
                   "provenance": score(args.shared, gt_dir, ours_dir, args.verbose),
                   "provenance_pages_per_s": len(jobs) / ours_secs}
            # the library alone, in one process (what the importer and the GUI run)
            if os.access(args.bench, os.X_OK):
                r = subprocess.run([args.bench] + [j["html"] for j in jobs],
                                   capture_output=True, text=True, check=True)
                row["provenance_lib_pages_per_s"] = len(jobs) / json.loads(r.stdout)["seconds"]

            if peer:
                jobs_path = os.path.join(work, name, "jobs.json")
                with open(jobs_path, "w") as f:
                    json.dump(jobs, f)
                env = dict(os.environ, NODE_PATH=os.path.join(node_dir, "node_modules"))
                start = time.perf_counter()
                r = subprocess.run(["node", os.path.join(HERE, "extract-readability.js"),
                                    jobs_path], capture_output=True, text=True, env=env,
                                   check=True)
                peer_wall = time.perf_counter() - start
                peer_secs = json.loads(r.stdout)["seconds"]
                row["readability"] = score(args.shared, gt_dir, peer_dir, False)
                row["readability_pages_per_s"] = len(jobs) / peer_secs
                row["readability_wall_pages_per_s"] = len(jobs) / peer_wall
            results.append(row)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    def line(label, s, pps):
        t = s["text"]["aeb_shingle4"]
        fields = " ".join(
            f"{f}={s[f]['normalized']:.3f}(n={s[f]['n']})" for f in ("title", "byline", "published")
            if s[f]["n"])
        return (f"  {label:<12} shingle4 F1 {t['f1']:.4f} P {t['precision']:.4f} "
                f"R {t['recall']:.4f} acc {t['accuracy']:.3f}  bow F1 "
                f"{s['text']['bow']['f1']:.4f}  {pps:7.1f} pages/s  {fields}")

    for row in results:
        print(f"{row['dataset']} ({row['pages']} dev pages, {row['failures']} extract failures)")
        print(line("provenance", row["provenance"], row["provenance_pages_per_s"]))
        if "readability" in row:
            print(line("readability", row["readability"], row["readability_pages_per_s"]))
        print("  speed, pages/s:")
        print(f"    provenance-cli extract, one process per page, wall   "
              f"{row['provenance_pages_per_s']:8.1f}")
        if "provenance_lib_pages_per_s" in row:
            print(f"    ProvExtractor in one process (extract-bench)        "
                  f"{row['provenance_lib_pages_per_s']:8.1f}")
        if "readability" in row:
            print(f"    Readability+jsdom in one process, per-page work     "
                  f"{row['readability_pages_per_s']:8.1f}")
            print(f"    Readability+jsdom, node process wall (with startup) "
                  f"{row['readability_wall_pages_per_s']:8.1f}")
            if "provenance_lib_pages_per_s" in row:
                print(f"    ratio in-process (library vs library)  "
                      f"{row['provenance_lib_pages_per_s'] / row['readability_pages_per_s']:6.1f}x")
            print(f"    ratio whole runs (CLI per page vs node) "
                  f"{row['provenance_pages_per_s'] / row['readability_wall_pages_per_s']:6.1f}x")
    json.dump(results, sys.stderr if args.verbose else open(os.devnull, "w"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
