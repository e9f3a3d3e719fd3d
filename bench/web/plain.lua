function done(summary, latency)
  io.write(string.format("RESULT rps=%.1f p99_ms=%.2f\n", summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000))
end
