using Microsoft.Extensions.DependencyInjection;
using Viva.Web.Bank;

namespace Viva.Web.Tests.Infrastructure;

/// <summary>
/// Solutions to the bank's <c>collections</c> exercise (a sliding-window rate limiter): its reference solution, a
/// disguised copy of it, one written independently, and one too short to judge.
/// </summary>
internal static class SimilarSubmissions
{
    public const string QuestionId = "collections";

    /// <summary>The bank's own reference solution, read from the running app's bank.</summary>
    public static string Reference(VivaAppFixture app) =>
        app.Services.GetRequiredService<BankCatalog>().Find(QuestionId)!.Exercise!.Solution.Code;

    /// <summary>The reference solution with every name of its own changed, other messages and quotes, comments added and the blank lines moved.</summary>
    public const string DisguisedCopy = """
        from collections import defaultdict, deque

        class RateLimiter:
            # Sliding window, one queue of timestamps per client.
            def __init__(self, max_requests, span):
                if max_requests < 1 or span <= 0:
                    raise ValueError('invalid settings')
                self.limit = max_requests
                self.window = span
                self._stamps = defaultdict(deque)
            def _live(self, client, t):
                queue = self._stamps.get(client)
                if queue is None:
                    return None

                # Drop what has left the window, oldest first.
                while queue and t - queue[0] >= self.window:
                    queue.popleft()

                if not queue:
                    del self._stamps[client]
                    return None
                return queue
            def allow(self, client, t):
                queue = self._live(client, t)
                if queue is not None and len(queue) >= self.limit:
                    return False
                self._stamps[client].append(t)
                return True
            def count(self, client, t):
                queue = self._live(client, t)
                return 0 if queue is None else len(queue)
            def tracked(self):
                return sorted(self._stamps)
        """;

    /// <summary>Written from the exercise's prompt alone: sorted lists cut with bisect instead of queues popped from the left.</summary>
    public const string Independent = """
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

    /// <summary>Hardly more than the class statement: too few tokens of its own to say anything about.</summary>
    public const string Tiny = """
        class RateLimiter:
            pass
        """;
}
