#!/bin/bash
# ask --json over standard input, whole process: the cost of each extra answer, int8 (default) and fp32 interleaved.
# Per extra answer = (time of the seed sets' distinct questions - time of one question) / (their count - 1).
# Usage: dotnet build -c Release src/ArticleBot -o /tmp/ab-app && benchmarks/ask-json-batch.sh /tmp/ab-app [rounds]
set -euo pipefail
app=${1:?the folder holding a Release build of articlebot.dll}; rounds=${2:-3}
cd "$(dirname "$0")/.."
work=$(mktemp -d)
export ArticleBot__Index__IndexPath=$work/index
cat tests/eval/dev-questions.jsonl tests/eval/paraphrased-questions.jsonl tests/eval/blind-questions.jsonl \
  | python3 -c 'import sys, json; seen = dict.fromkeys(json.loads(line)["question"] for line in sys.stdin); print("\n".join(seen))' > "$work/all.txt"
head -1 "$work/all.txt" > "$work/one.txt"
count=$(wc -l < "$work/all.txt")
run() { /usr/bin/time -f "%e %U %S" env ArticleBot__Semantic__Quantized=$1 dotnet "$app/articlebot.dll" ask --json < "$2" 2>&1 >/dev/null | tail -1; }
for quantized in true false; do run $quantized "$work/one.txt" > /dev/null; done  # each model's vector cache made once
for round in $(seq "$rounds"); do
  for quantized in true false; do
    all=$(run $quantized "$work/all.txt"); one=$(run $quantized "$work/one.txt")
    python3 - "$quantized" "$round" "$count" "$all" "$one" <<'PY'
import sys
quantized, round_, count, all_, one = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].split(), sys.argv[5].split()
wall = (float(all_[0]) - float(one[0])) / (count - 1) * 1000
cpu = (float(all_[1]) + float(all_[2]) - float(one[1]) - float(one[2])) / (count - 1) * 1000
print(f"{'int8' if quantized == 'true' else 'fp32'} round {round_}: {wall:.2f} ms wall, {cpu:.2f} ms CPU per extra answer ({count} questions {all_[0]} s, one {one[0]} s)")
PY
  done
done
uptime
rm -rf "$work"
