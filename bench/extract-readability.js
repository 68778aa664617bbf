// extract-readability.js — the peer for bench/extract.py: Mozilla Readability over
// the same pages, in one Node process, timing only the per-page work.
//
// Copyright 2026 The Provenance developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Usage: node extract-readability.js JOBS.json
// JOBS.json: [{"html": path, "url": url, "out": path}, ...]; prints {"seconds": s}.
"use strict";
const fs = require("fs");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const jobs = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const quiet = new VirtualConsole();
let seconds = 0;
for (const job of jobs) {
  const html = fs.readFileSync(job.html, "utf8");
  const start = process.hrtime.bigint();
  let result = null;
  try {
    const dom = new JSDOM(html, { url: job.url, virtualConsole: quiet });
    result = new Readability(dom.window.document).parse();
    dom.window.close();
  } catch (e) {
    result = null;
  }
  seconds += Number(process.hrtime.bigint() - start) / 1e9;
  const out = result
    ? { title: result.title, byline: result.byline, published: result.publishedTime,
        site: result.siteName, language: result.lang, text: result.textContent }
    : {};
  fs.writeFileSync(job.out, JSON.stringify(out));
}
process.stdout.write(JSON.stringify({ seconds }) + "\n");
