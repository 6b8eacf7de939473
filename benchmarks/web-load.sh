#!/usr/bin/env bash
# Figure 4: POST /api/ask under load. Starts the bot (Release) on 127.0.0.1 with an unused port, waits for /readyz,
# runs wrk with 64 connections for a bounded time, then stops the bot it started (by its process id).
# Usage: benchmarks/web-load.sh [duration, default 20s]   (needs wrk: apt-get install -y wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-20s}"
port="${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}"
url="http://127.0.0.1:$port"
log=/tmp/articlebot-bench/web-load-bot.log
mkdir -p /tmp/articlebot-bench

dotnet build -c Release src/ArticleBot/ArticleBot.csproj -v q -nologo >/dev/null
ArticleBot__Web__Url="$url" ArticleBot__Web__ChatEnabled=true ArticleBot__RateLimits__Enabled=false Logging__LogLevel__Default=Warning \
  dotnet run -c Release --no-build --project src/ArticleBot >"$log" 2>&1 &
bot=$!
# `dotnet run` starts the bot as its child: stop both, by their ids.
stop() { for pid in $(pgrep -P "$bot" || true) "$bot"; do kill "$pid" 2>/dev/null || true; done; wait "$bot" 2>/dev/null || true; }
trap stop EXIT
for _ in $(seq 1 120); do
  curl -fs "$url/readyz" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$url/readyz" >/dev/null || { echo "bot did not become ready; see $log"; exit 1; }
echo "bot ready at $url (pid $bot)"
curl -fs -X POST -H 'Content-Type: application/json' -d '{"question":"Who is the founder of DeepSeek?"}' "$url/api/ask" | head -c 300; echo
nproc; lscpu | grep -E 'Model name|^CPU\(s\)'
# Warm-up (JIT, tiered compilation), then the measured run.
wrk -t 2 -c 64 -d 5s -s benchmarks/ask.lua "$url" >/dev/null
wrk -t 2 -c 64 -d "$duration" --latency -s benchmarks/ask.lua "$url"
for pid in $(pgrep -P "$bot" || true); do ps -o rss=,args= -p "$pid" | awk '{ printf "bot RSS after load: %.1f MB (%s %s)\n", $1/1024, $2, $3 }'; done
