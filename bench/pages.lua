-- wrk script: signed-in GETs of one kind of page, chosen at random from a file of paths, each sent
-- with the session of one of many signed-in users. THINK_MS > 0 makes each connection wait a random
-- 0..2*THINK_MS before its next request, like a person reading the page (wrk does not count the wait
-- in the latency); THINK_MS=0 sends requests back to back to find the most the machine can serve.
-- Usage: PATHS=file COOKIES=file THINK_MS=1000 wrk -s bench/pages.lua ...
local paths = {}
local cookies = {}
local think = tonumber(os.getenv("THINK_MS") or "0")

function init(args)
  for line in io.lines(os.getenv("PATHS")) do
    paths[#paths + 1] = line
  end
  for line in io.lines(os.getenv("COOKIES")) do
    cookies[#cookies + 1] = line
  end
  math.randomseed(os.time() + math.random(1000))
end

function request()
  local path = paths[math.random(#paths)]
  return wrk.format("GET", path, { ["Cookie"] = cookies[math.random(#cookies)] })
end

function delay()
  if think > 0 then
    return math.random(0, 2 * think)
  end
  return 0
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.1f throughput=%.1f/s p50=%.1fms p95=%.1fms p99=%.1fms errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
end
