using Microsoft.Extensions.DependencyInjection;
using Viva.Web.Bank;

namespace Viva.Web.Tests.Infrastructure;

/// <summary>
/// Submissions to the bank's <c>collections</c> exercise (a sliding-window rate limiter): one candidate's own solution,
/// a disguised copy of it, one written independently, the bank's model solution (what a senior may well write too), and
/// one too short to judge.
/// </summary>
internal static class SimilarSubmissions
{
    public const string QuestionId = "collections";

    /// <summary>The bank's own model solution, read from the running app's bank.</summary>
    public static string ModelSolution(VivaAppFixture app) =>
        app.Services.GetRequiredService<BankCatalog>().Find(QuestionId)!.Exercise!.Solution.Code;

    /// <summary>A candidate's own solution, written from the prompt alone: sorted lists cut with bisect instead of queues popped from the left.</summary>
    public const string Original = """
        import bisect


        class RateLimiter:
            def __init__(self, limit, window):
                if not (limit >= 1 and window > 0):
                    raise ValueError(f"invalid limit={limit!r} or window={window!r}")
                self._limit, self._window = limit, window
                self._log = {}

            def _keep_recent(self, key, now):
                times = self._log.pop(key, [])
                times = times[bisect.bisect_right(times, now - self._window):]
                if times:
                    self._log[key] = times
                return times

            def allow(self, key, now):
                accepted = len(self._keep_recent(key, now)) < self._limit
                if accepted:
                    self._log.setdefault(key, []).append(now)
                return accepted

            def count(self, key, now):
                return len(self._keep_recent(key, now))

            def tracked(self):
                return sorted(self._log)
        """;

    /// <summary>The original with every name of its own changed, another message and quotes, comments added and the blank lines moved.</summary>
    public const string DisguisedCopy = """
        import bisect
        class RateLimiter:
            # One sorted list of timestamps per client.
            def __init__(self, max_requests, span):
                if not (max_requests >= 1 and span > 0):
                    raise ValueError('bad settings')
                self._cap, self._span = max_requests, span

                self._history = {}
            def _trim(self, client, t):
                stamps = self._history.pop(client, [])
                # Keep only what is still inside the window.
                stamps = stamps[bisect.bisect_right(stamps, t - self._span):]
                if stamps:
                    self._history[client] = stamps
                return stamps
            def allow(self, client, t):
                ok = len(self._trim(client, t)) < self._cap

                if ok:
                    self._history.setdefault(client, []).append(t)
                return ok
            def count(self, client, t):
                return len(self._trim(client, t))
            def tracked(self):
                return sorted(self._history)
        """;

    /// <summary>Written separately: a list filtered by a cut-off, two checks with their own messages.</summary>
    public const string Independent = """
        class RateLimiter:
            # At most `limit` accepted requests per key in any `window` seconds.

            def __init__(self, limit, window):
                if limit < 1:
                    raise ValueError("limit must be at least 1")
                if window <= 0:
                    raise ValueError("window must be positive")
                self.limit = limit
                self.window = window
                self.accepted = {}

            def _prune(self, key, now):
                cutoff = now - self.window
                kept = [t for t in self.accepted.get(key, ()) if t > cutoff]
                if kept:
                    self.accepted[key] = kept
                else:
                    self.accepted.pop(key, None)
                return kept

            def allow(self, key, now):
                kept = self._prune(key, now)
                if len(kept) >= self.limit:
                    return False
                self.accepted[key] = kept + [now]
                return True

            def count(self, key, now):
                return len(self._prune(key, now))

            def tracked(self):
                return sorted(self.accepted)
        """;

    /// <summary>Hardly more than the class statement: too few tokens of its own to say anything about.</summary>
    public const string Tiny = """
        class RateLimiter:
            pass
        """;
}
