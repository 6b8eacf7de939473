#!/usr/bin/env bash
# Figure 3: start to first answer. `articlebot ask` as a whole process (index already built) beside a dotnet
# hello-world, both framework-dependent Release builds started with `dotnet <dll>`, median of several runs.
# Usage: benchmarks/startup.sh   (from the repository root; needs hyperfine: apt-get install -y hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-15}"
hello=/tmp/articlebot-bench/hello

dotnet build -c Release src/ArticleBot/ArticleBot.csproj -v q -nologo >/dev/null
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
dotnet "$bot" index >/dev/null   # build (or reuse) the index first: the figure is start to answer, not indexing
question="Who is the founder of DeepSeek?"
nproc; lscpu | grep -E 'Model name|^CPU\(s\)'
hyperfine --warmup 3 --runs "$runs" --export-markdown /tmp/articlebot-bench/startup.md --export-json /tmp/articlebot-bench/startup.json \
  -n hello-world "dotnet $hello/bin/Release/net10.0/hello.dll" \
  -n "articlebot ask" "dotnet $bot ask \"$question\"" \
  -n "articlebot ask --json" "dotnet $bot ask --json \"$question\""
cat /tmp/articlebot-bench/startup.md
python3 -c "import json; [print(r[\"command\"], \"median\", round(r[\"median\"]*1000,1), \"ms\") for r in json.load(open(\"/tmp/articlebot-bench/startup.json\"))[\"results\"]]"
