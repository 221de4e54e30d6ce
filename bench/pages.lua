-- wrk script: signed-in requests of one kind of page, chosen at random from a file of paths, each sent
-- with the session of one of many signed-in users. A path line "POST /path a=b" is a form post (the
-- session's CSRF token added), as search is: names never go into URLs. THINK_MS > 0 makes each connection
-- wait a random 0..2*THINK_MS before its next request, like a person reading the page (wrk does not count
-- the wait in the latency); THINK_MS=0 sends requests back to back to find the most the machine can serve.
-- Any answer other than 2xx (a refusal, a redirect to sign in, an error page) fails the run: a benchmark
-- that timed refusals would report pages nobody was shown.
-- Usage: PATHS=file SESSIONS=file (lines "SESSION=...<TAB>csrf-token") THINK_MS=1000 wrk -s bench/pages.lua ...
local paths = {}
local threads = {}
non2xx = 0
first = ""

function setup(thread)
  table.insert(threads, thread)
end
local sessions = {}
local think = tonumber(os.getenv("THINK_MS") or "0")

function init(args)
  for line in io.lines(os.getenv("PATHS")) do
    paths[#paths + 1] = line
  end
  for line in io.lines(os.getenv("SESSIONS")) do
    local cookie, token = line:match("^([^\t]+)\t?(.*)$")
    sessions[#sessions + 1] = { cookie = cookie, token = token }
  end
  math.randomseed(os.time() + math.random(1000))
end

function request()
  local line = paths[math.random(#paths)]
  local session = sessions[math.random(#sessions)]
  local path, form = line:match("^POST (%S+) (.*)$")
  if path then
    return wrk.format("POST", path, { ["Cookie"] = session.cookie,
      ["Content-Type"] = "application/x-www-form-urlencoded" }, form .. "&_csrf=" .. session.token)
  end
  return wrk.format("GET", line, { ["Cookie"] = session.cookie })
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    if non2xx == 0 then
      first = tostring(status)
    end
    non2xx = non2xx + 1
  end
end

function delay()
  if think > 0 then
    return math.random(0, 2 * think)
  end
  return 0
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local refused, status = 0, ""
  for _, t in ipairs(threads) do
    refused = refused + t:get("non2xx")
    if status == "" then
      status = t:get("first")
    end
  end
  io.write(string.format("RESULT requests=%d seconds=%.1f throughput=%.1f p50=%.1f p95=%.1f p99=%.1f errors=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors, refused))
  if refused > 0 or errors > 0 then
    io.write(string.format("FAILED: %d answers were not 2xx (the first was %s) and %d requests failed\n", refused, status, errors))
    os.exit(1)
  end
end
