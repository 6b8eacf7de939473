-- wrk script: POST /api/ask with the dev questions in turn. The requests are built once per thread in init() and
-- there is no response() callback (it makes wrk parse every body in Lua): wrk shares the 2 cores with the bot, so
-- the generator must cost as little as it can. Non-2xx/3xx answers are counted by wrk itself (errors.status).
local requests = {}
local counter = 0

init = function(args)
  for line in io.lines(os.getenv("QUESTIONS") or "tests/eval/dev-questions.jsonl") do
    local q = line:match('"question"%s*:%s*"(.-)"%s*[,}]')
    if q then
      table.insert(requests, wrk.format("POST", "/api/ask", { ["Content-Type"] = "application/json" }, '{"question":"' .. q .. '"}'))
    end
  end
  counter = math.random(#requests)
end

request = function()
  counter = counter % #requests + 1
  return requests[counter]
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx/3xx %d, socket errors connect %d read %d write %d timeout %d\n",
    summary.requests, summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
