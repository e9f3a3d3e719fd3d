-- wrk script: POST /api/run with the antiforgery cookie and token given in the environment, counting statuses.
wrk.method = "POST"
wrk.body = '{"code":"print(sum(range(1000)))"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["RequestVerificationToken"] = os.getenv("VIVA_TOKEN")
wrk.headers["Cookie"] = os.getenv("VIVA_COOKIE")

-- VIVA_DELAY_MS makes each connection wait between requests (a paced load); 0 means flat out.
local pause = tonumber(os.getenv("VIVA_DELAY_MS") or "0")
if pause > 0 then function delay() return pause end end

local threads = {}
function setup(thread) table.insert(threads, thread) end
function init() ok = 0; busy = 0; other = 0 end
function response(status)
  if status == 200 then ok = ok + 1 elseif status == 429 then busy = busy + 1 else other = other + 1 end
end
function done(summary, latency)
  local o, b, x = 0, 0, 0
  for _, t in ipairs(threads) do o = o + t:get("ok"); b = b + t:get("busy"); x = x + t:get("other") end
  local secs = summary.duration / 1e6
  io.write(string.format("RESULT ok=%d busy429=%d other=%d ok_per_s=%.1f p99_ms=%.1f\n", o, b, x, o / secs, latency:percentile(99) / 1000))
end
