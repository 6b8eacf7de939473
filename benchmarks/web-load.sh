#!/usr/bin/env bash
# Figure 4: POST /api/ask under load, 64 connections on loopback, rotating through the dev questions.
# For each answerer named in ANSWERERS (default "replay real"), starts a web host on 127.0.0.1 with an unused port,
# waits for /readyz, warms it up, runs wrk, then stops the host it started (by its process id). Prints wrk's figures
# and the CPU seconds the host and wrk each used during the measured run (they share the same cores).
#   real    the bot itself: src/ArticleBot (Release), as `articlebot serve` runs
#   replay  the same host (ServeHost) from tests/ArticleBot.Benchmarks `web-host`, with the core answerer replaced by
#           one that replays the real replies to the dev questions: what the request path costs around the answer
#   hostreal  tests/ArticleBot.Benchmarks `web-host --answerer real`: the real answerer in the benchmark process
# Usage: benchmarks/web-load.sh [duration, default 20s]   (needs wrk: apt-get install -y wrk)
# Extra environment for the hosts (GC experiments): BOT_ENV="DOTNET_gcServer=0 DOTNET_TieredPGO=0"
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-20s}"
answerers="${ANSWERERS:-replay real}"
connections="${CONNECTIONS:-64}"
mkdir -p /tmp/articlebot-bench
bench=tests/ArticleBot.Benchmarks/bin/Release/net10.0/ArticleBot.Benchmarks.dll

# NO_BUILD=1 skips the builds (for repeated runs; build once first).
if [[ -z "${NO_BUILD:-}" ]]; then
  dotnet build -c Release src/ArticleBot/ArticleBot.csproj -v q -nologo >/dev/null
  if [[ " $answerers " == *" replay "* || " $answerers " == *" hostreal "* ]]; then
    dotnet build -c Release tests/ArticleBot.Benchmarks/ArticleBot.Benchmarks.csproj -v q -nologo >/dev/null
  fi
fi
nproc; lscpu | grep -E 'Model name|^CPU\(s\)'; uptime

cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }

bot=""
stop() { if [[ -n "$bot" ]]; then kill "$bot" 2>/dev/null || true; wait "$bot" 2>/dev/null || true; bot=""; fi; }
trap stop EXIT

for answerer in $answerers; do
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  url="http://127.0.0.1:$port"
  log="/tmp/articlebot-bench/web-load-$answerer.log"
  case "$answerer" in
    real)
      # The built apphost directly (not `dotnet run`), so the process measured is the bot and nothing else.
      env ${BOT_ENV:-} ArticleBot__Web__Url="$url" ArticleBot__Web__ChatEnabled=true ArticleBot__RateLimits__Enabled=false \
        Logging__LogLevel__Default=Warning src/ArticleBot/bin/Release/net10.0/articlebot >"$log" 2>&1 &
      ;;
    replay) env ${BOT_ENV:-} ArticleBot__RateLimits__Enabled=false dotnet "$bench" web-host --url "$url" --answerer replay >"$log" 2>&1 & ;;
    hostreal) env ${BOT_ENV:-} ArticleBot__RateLimits__Enabled=false dotnet "$bench" web-host --url "$url" --answerer real >"$log" 2>&1 & ;;
    *) echo "unknown answerer $answerer"; exit 2 ;;
  esac
  bot=$!
  for _ in $(seq 1 120); do
    curl -fs "$url/readyz" >/dev/null 2>&1 && break
    sleep 0.5
  done
  curl -fs "$url/readyz" >/dev/null || { echo "host did not become ready; see $log"; exit 1; }
  echo "== $answerer answerer at $url (pid $bot) ${BOT_ENV:-}"
  curl -fs -X POST -H 'Content-Type: application/json' -d '{"question":"Who is the founder of DeepSeek?"}' "$url/api/ask" | head -c 160; echo
  # Warm-up (JIT, tiered compilation, thread pool growth), then the measured run.
  wrk -t 2 -c "$connections" -d 5s -s benchmarks/ask.lua "$url" >/dev/null
  before="$(cpu_seconds "$bot")"
  TIMEFORMAT="wrk CPU: user %U s, sys %S s, wall %R s"
  time wrk -t 2 -c "$connections" -d "$duration" --latency -s benchmarks/ask.lua "$url"
  after="$(cpu_seconds "$bot")"
  echo "host CPU during the run: $(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.2f", a - b }') s"
  ps -o rss= -p "$bot" | awk '{ printf "host RSS after load: %.1f MB\n", $1/1024 }'
  stop
done
