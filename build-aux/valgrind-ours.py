#!/usr/bin/env python3
# valgrind-ours.py LOG... — reads memcheck logs and says which definite leaks and memory errors
# come from Provenance's own code: those whose first frame past the allocator (or, for an
# error, whose innermost frame) is one of our functions. Leaks that GTK, fontconfig, Mesa or
# glibc make on their own are counted and named by library, not failed on.
#
# Prints a summary; exits 1 when one of ours is found, 0 otherwise.
#
# Copyright 2026 The Provenance developers
# SPDX-License-Identifier: GPL-3.0-or-later
import re
import sys
from collections import Counter

# Frames that allocate on someone else's behalf: the caller above them made the allocation.
ALLOCATORS = re.compile(
    r"\b(malloc|calloc|realloc|memalign|posix_memalign|aligned_alloc|operator new\S*|"
    r"g_malloc\w*|g_realloc\w*|g_try_\w+|g_new\w*|g_slice_\w+|g_strdup\w*|g_strndup|"
    r"g_memdup\w*|g_strconcat|g_strsplit\w*|g_string_\w+|g_array_\w+|g_ptr_array_\w+|"
    r"g_byte_array_\w+|g_bytes_\w+|g_hash_table_\w+|g_list_\w+|g_slist_\w+|g_queue_\w+|"
    r"g_object_new\w*|g_object_\w*ref\w*|g_type_create_instance|g_closure_new\w*|"
    r"g_cclosure_new\w*|g_signal_connect\w*|g_error_new\w*|g_set_error\w*|"
    r"g_propagate_error|g_variant_\w+|sqlite3_malloc\w*|sqlite3Malloc\w*)\s*\(")
OURS = re.compile(r"\b_?prov_\w+\s*\(|\(prov-[\w-]+\.c:\d+\)|\(test-[\w-]+\.[ch]:\d+\)")
FRAME = re.compile(r"==\d+==\s+(?:at|by) 0x[0-9A-F]+: (.*)")
LIBRARY = re.compile(r"\(in (?:/\S*/)?([^/)]+)\)")


def records(text):
    """Yields (header, frames) for each record of a memcheck log."""
    header, frames = None, []
    for line in text.splitlines():
        frame = FRAME.match(line)
        if frame:
            frames.append(frame.group(1))
            continue
        if header is not None and frames:
            yield header, frames
        header, frames = None, []
        body = re.sub(r"^==\d+==\s?", "", line)
        if body and not body.startswith(" "):
            header = body
    if header is not None and frames:
        yield header, frames


def where(frame):
    """Names the library or source file a frame belongs to."""
    match = LIBRARY.search(frame)
    if match:
        return match.group(1)
    match = re.search(r"\(([^:()]+):\d+\)", frame)
    return match.group(1) if match else frame


def decide(frames):
    """The frame that made the allocation: the first one past the allocators."""
    for frame in frames:
        if not ALLOCATORS.search(frame) and "vgpreload" not in frame:
            return frame
    return frames[-1]


def main(paths):
    ours, theirs = [], Counter()
    errors = 0
    definite_bytes = 0
    for path in paths:
        with open(path, errors="replace") as log:
            text = log.read()
        for header, frames in records(text):
            leak = re.match(r"([\d,]+) (?:\([\d,]+ direct, [\d,]+ indirect\) )?bytes in [\d,]+ "
                            r"blocks? (?:are|is) definitely lost", header)
            if leak:
                definite_bytes += int(leak.group(1).replace(",", ""))
                frame = decide(frames)
            elif re.match(r"(Invalid (read|write|free)|Conditional jump|Use of uninitialised|"
                          r"Syscall param|Mismatched free|Source and destination overlap)",
                          header):
                errors += 1
                frame = frames[0]
                # glibc's dynamic loader reads past its own strings on purpose
                if "dl-" in frame or "ld-linux" in frame or "strcmp-sse2" in frame:
                    theirs["glibc loader (" + header.split(" of ")[0] + ")"] += 1
                    continue
            else:
                continue
            if OURS.search(frame):
                ours.append((path, header, frames))
            else:
                theirs[where(frame)] += 1

    print("valgrind: %d log(s), %d bytes definitely lost in all, %d memory error record(s)"
          % (len(paths), definite_bytes, errors))
    for name, count in theirs.most_common():
        print("  not ours: %3d record(s) from %s" % (count, name))
    for path, header, frames in ours:
        print("OURS in %s: %s" % (path, header))
        for frame in frames[:12]:
            print("    " + frame)
    print("valgrind: %d record(s) from our code" % len(ours))
    return 1 if ours else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print("usage: valgrind-ours.py LOG...", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
