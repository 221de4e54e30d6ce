-- wrk script: signed-in GETs of one kind of page, chosen at random from a file of paths.
-- Usage: PATHS=file COOKIE='SESSION=...' wrk -s bench/pages.lua ...
local paths = {}
local cookie = os.getenv("COOKIE")

function init(args)
  for line in io.lines(os.getenv("PATHS")) do
    paths[#paths + 1] = line
  end
  math.randomseed(os.time() + math.random(1000))
end

function request()
  local path = paths[math.random(#paths)]
  return wrk.format("GET", path, { ["Cookie"] = cookie })
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.1f throughput=%.1f/s p50=%.1fms p95=%.1fms p99=%.1fms errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
end
