-- wrk script: POST /api/ask with the dev questions in turn, counting non-200 answers as errors.
local questions = {}
for line in io.lines(os.getenv("QUESTIONS") or "tests/eval/dev-questions.jsonl") do
  local q = line:match('"question"%s*:%s*"(.-)"%s*[,}]')
  if q then table.insert(questions, q) end
end
local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  counter = counter + 1
  local q = questions[(counter % #questions) + 1]
  return wrk.format(nil, "/api/ask", nil, '{"question":"' .. q .. '"}')
end

local bad = 0
response = function(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-200 %d, socket errors connect %d read %d write %d timeout %d\n",
    summary.requests, summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
