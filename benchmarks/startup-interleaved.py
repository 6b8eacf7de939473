#!/usr/bin/env python3
# Figure 3, interleaved: each command once per round in turn (so drifting load from other processes hits all alike),
# wall time and CPU time (getrusage of the child) per run; medians and ratios to a dotnet hello-world. Uses the
# programs benchmarks/startup.sh published under /tmp/articlebot-bench (run that first, with the index built).
# Usage: python3 benchmarks/startup-interleaved.py [rounds, default 15]
import os, resource, subprocess, sys, time, statistics
rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
q = "Who is the founder of DeepSeek?"
o = "/tmp/articlebot-bench"
cmds = {
  "hello": ["dotnet", f"{o}/hello/bin/Release/net10.0/hello.dll"],
  "R2R ask": [f"{o}/r2r/articlebot", "ask", q],
  "R2R ask --json": [f"{o}/r2r/articlebot", "ask", "--json", q],
  "R2R articles": [f"{o}/r2r/articlebot", "articles"],
  "AOT ask": [f"{o}/aot/articlebot", "ask", q],
  "AOT ask --json": [f"{o}/aot/articlebot", "ask", "--json", q],
  "AOT articles": [f"{o}/aot/articlebot", "articles"],
  "AOT --help": [f"{o}/aot/articlebot", "--help"],
}
wall = {k: [] for k in cmds}; cpu = {k: [] for k in cmds}
for k, c in cmds.items():  # warm-up
    subprocess.run(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
for r in range(rounds):
    for k, c in cmds.items():
        before = resource.getrusage(resource.RUSAGE_CHILDREN); t = time.perf_counter()
        subprocess.run(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        w = time.perf_counter() - t; after = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall[k].append(w * 1000); cpu[k].append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
h = statistics.median(wall["hello"]); hc = statistics.median(cpu["hello"])
print(f"{'command':16} {'median':>8} {'min':>7} {'x hello':>8} {'CPU med':>8} {'CPU x':>6}")
for k in cmds:
    m = statistics.median(wall[k]); c = statistics.median(cpu[k])
    print(f"{k:16} {m:7.0f}ms {min(wall[k]):6.0f}ms {m/h:7.2f}x {c:7.0f}ms {c/hc:5.2f}x")
