-- A browser sends its antiforgery and learner cookies back; so does the benchmark when VIVA_COOKIE is set.
local cookie = os.getenv("VIVA_COOKIE")
if cookie and cookie ~= "" then wrk.headers["Cookie"] = cookie end
-- wrk script: each connection waits between requests, so -c2 gives roughly 200 requests per second.
function delay() return tonumber(os.getenv("VIVA_DELAY_MS") or "10") end
function done(summary, latency)
  io.write(string.format("RESULT rate=%.1f p99_ms=%.2f\n", summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000))
end
