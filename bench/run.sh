#!/bin/sh
# One command for the whole benchmark (see docs/benchmarks.md), e.g.
#   bench/run.sh --size 10000        # news-index vs omindex, scriptindex, SQLite FTS5
#   bench/run.sh --smoke             # CI smoke run: small, offline, no timing claims
# Build news-index first: cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release && cmake --build build-bench
exec python3 "$(dirname "$0")/bench.py" "$@"
