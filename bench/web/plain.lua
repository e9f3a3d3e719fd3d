-- A browser sends its antiforgery and learner cookies back; so does the benchmark when VIVA_COOKIE is set.
local cookie = os.getenv("VIVA_COOKIE")
if cookie and cookie ~= "" then wrk.headers["Cookie"] = cookie end
function done(summary, latency)
  io.write(string.format("RESULT rps=%.1f p99_ms=%.2f requests=%d\n", summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000, summary.requests))
end
