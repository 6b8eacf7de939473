#!/bin/bash
# The 1,000,000-paragraph figures (BENCHMARKS.md, "1,000,000 paragraphs"): the real build, then answering and memory
# in a new process that reuses the built index, then the plain IndexWriter loop. Long: run it niced in the
# background, e.g.  nohup nice -n 10 tests/ArticleBot.Benchmarks/run-1m.sh > /tmp/ab-1m.log 2>&1 &
# Needs the corpus: dotnet $B corpus --paragraphs 1000000 --out /tmp/ab-corpus-1m
set -u
cd "$(dirname "$0")/../.."
B=${B:-tests/ArticleBot.Benchmarks/bin/Release/net10.0/ArticleBot.Benchmarks.dll}
CORPUS=${CORPUS:-/tmp/ab-corpus-1m}
echo "commit $(git rev-parse --short HEAD) started $(date -u +%H:%M:%S)"; uptime
rm -rf /tmp/ab-build-1m /tmp/ab-build-1m-plain
echo "== build (real)"
dotnet "$B" build --articles "$CORPUS/articles" --only full --scratch /tmp/ab-build-1m
date -u +%H:%M:%S; uptime
echo "== answer"
dotnet "$B" answer --articles "$CORPUS/articles" --index /tmp/ab-build-1m/full --questions "$CORPUS/questions.txt" --rounds 1 --memory-questions 10000
date -u +%H:%M:%S; uptime
echo "== build (plain loop)"
dotnet "$B" build --articles "$CORPUS/articles" --only plain --scratch /tmp/ab-build-1m-plain
date -u +%H:%M:%S; uptime
echo "== done"
