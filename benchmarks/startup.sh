#!/usr/bin/env bash
# Figure 3: start to first answer. `articlebot ask` as a whole process (index already built) beside a dotnet
# hello-world, median of several runs: the Release build started with `dotnet articlebot.dll`, and the ReadyToRun
# publish (`dotnet publish -r linux-x64`, which the project makes ReadyToRun) started through its apphost, and the
# NativeAOT publish (`-p:ArticleBotNativeAot=true`; about 5 minutes to compile on 2 cores).
# Usage: benchmarks/startup.sh   (from the repository root; needs hyperfine, and for NativeAOT clang and zlib1g-dev:
#        apt-get install -y hyperfine clang zlib1g-dev)
#        RUNS=20 benchmarks/startup.sh
#        AOT=0 benchmarks/startup.sh     # without the NativeAOT publish
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-15}"
out=/tmp/articlebot-bench
hello=$out/hello
r2r=$out/r2r
aot=$out/aot
with_aot="${AOT:-1}"
mkdir -p "$out"

dotnet build -c Release src/ArticleBot/ArticleBot.csproj -v q -nologo >/dev/null
# A stale ReadyToRun intermediate (from a publish with other ReadyToRun settings) can be reused by an incremental
# publish and crash the program at start, so the runtime-specific intermediates are built afresh.
rm -rf src/*/obj/Release/net10.0/linux-x64 "$r2r"
dotnet publish src/ArticleBot/ArticleBot.csproj -c Release -r linux-x64 --self-contained false -o "$r2r" -v q -nologo >/dev/null
aot_commands=()
if [ "$with_aot" = 1 ]; then
  # The NativeAOT build keeps its own obj/…/aot and bin/…/aot folders (ArticleBot.csproj), so it never mixes with the above.
  rm -rf "$aot"
  dotnet publish src/ArticleBot/ArticleBot.csproj -c Release -r linux-x64 -p:ArticleBotNativeAot=true -o "$aot" -v q -nologo >/dev/null
  ls -l "$aot/articlebot"
  aot_commands=(
    -n "NativeAOT ask" "$aot/articlebot ask \"Who is the founder of DeepSeek?\""
    -n "NativeAOT ask --json" "$aot/articlebot ask --json \"Who is the founder of DeepSeek?\""
    -n "NativeAOT articles" "$aot/articlebot articles"
    -n "NativeAOT --help" "$aot/articlebot --help"
  )
fi
if [ ! -f "$hello/bin/Release/net10.0/hello.dll" ]; then
  rm -rf "$hello" && mkdir -p "$hello"
  cat > "$hello/hello.csproj" <<'PROJ'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><InvariantGlobalization>true</InvariantGlobalization></PropertyGroup>
</Project>
PROJ
  echo 'System.Console.WriteLine("Hello, World!");' > "$hello/Program.cs"
  dotnet build -c Release "$hello/hello.csproj" -v q -nologo >/dev/null
fi

bot=src/ArticleBot/bin/Release/net10.0/articlebot.dll
# Build the index first (the figure is start to answer, not indexing). --rebuild so the manifest records each
# article's length and time, as any build by this version does, and a start need not hash the articles.
dotnet "$bot" index --rebuild >/dev/null
question="Who is the founder of DeepSeek?"
nproc; lscpu | grep -E 'Model name|^CPU\(s\)'; uptime
hyperfine -N --warmup 3 --runs "$runs" --export-markdown $out/startup.md --export-json $out/startup.json \
  -n hello-world "dotnet $hello/bin/Release/net10.0/hello.dll" \
  -n "dotnet articlebot.dll ask" "dotnet $bot ask \"$question\"" \
  -n "ReadyToRun ask" "$r2r/articlebot ask \"$question\"" \
  -n "ReadyToRun ask --json" "$r2r/articlebot ask --json \"$question\"" \
  -n "ReadyToRun articles" "$r2r/articlebot articles" \
  -n "ReadyToRun --help" "$r2r/articlebot --help" \
  "${aot_commands[@]}"
uptime
cat $out/startup.md
python3 - "$out/startup.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
hello = results[0]["median"]
for r in results:
    print(f'{r["command"]:28} median {r["median"] * 1000:7.1f} ms  ({r["median"] / hello:4.1f}x hello)  CPU user+sys {(r["user"] + r["system"]) * 1000:6.1f} ms')
PY
