using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Viva.Bench;

/// <summary>
/// One candidate as the attempt page behaves: every 10 seconds it sends each answer that differs from what the
/// server acknowledged, with a growing revision; three times it saves an exercise's code and runs its tests (a
/// wrong solution first, the reference last), waiting out a busy sandbox; then it submits. It remembers the last
/// text the server acknowledged per part, which is what the database must hold at the end.
/// </summary>
internal sealed class SimulatedCandidate(LoadSeat seat, LoadScript script, HttpClient http, Uri baseUrl, LoadTally tally)
{
    public static readonly TimeSpan SaveEvery = TimeSpan.FromSeconds(10);

    private readonly Random _random = new(seat.Number);
    private readonly Dictionary<string, string> _current = [];
    private readonly Dictionary<string, string> _acknowledged = [];
    /// <summary>Texts sent since the last acknowledged one whose answer never came (a timeout): the server may have stored them.</summary>
    private readonly Dictionary<string, List<string>> _unacknowledged = [];
    private readonly long _revisionBase = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    private readonly Stopwatch _clock = new();
    private long _revision;
    private int _edits;

    public LoadSeat Seat => seat;

    public bool Submitted { get; private set; }

    public string? Acknowledged(string item) => _acknowledged.GetValueOrDefault(item);

    public bool SentUnacknowledged(string item, string? text) => text is not null && _unacknowledged.GetValueOrDefault(item)?.Contains(text) == true;

    public async Task RunAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        _clock.Start();
        // The last save leaves room before the deadline; a page's last autosave may come at any time before it.
        var stopAt = duration - TimeSpan.FromSeconds(5);
        var runs = RunPlan(duration);
        var next = 0;
        Task running = Task.CompletedTask;
        var start = TimeSpan.FromMilliseconds(_random.Next((int)SaveEvery.TotalMilliseconds));
        for (var tick = 0; start + tick * SaveEvery < stopAt; tick++)
        {
            var due = start + tick * SaveEvery - _clock.Elapsed;
            if (due > TimeSpan.Zero)
                await Task.Delay(due, cancellationToken);
            Edit(tick);
            // A run waits for the previous one's result, as the page's button does.
            var run = next < runs.Count && _clock.Elapsed >= runs[next].At && running.IsCompleted ? runs[next] : null;
            if (run is not null)
                _current[run.Exercise.Item.Key] = run.Code;
            await SaveAsync(cancellationToken);
            if (run is not null && _acknowledged.GetValueOrDefault(run.Exercise.Item.Key) == run.Code)
            {
                running = RunTestsAsync(run.Exercise.Item.QuestionId, cancellationToken);
                next++;
            }
        }
        // A short run's ticks may end before the last planned run: it is made now, so every candidate runs three times.
        for (; next < runs.Count; next++)
        {
            await running;
            _current[runs[next].Exercise.Item.Key] = runs[next].Code;
            await SaveAsync(cancellationToken);
            if (_acknowledged.GetValueOrDefault(runs[next].Exercise.Item.Key) == runs[next].Code)
                running = RunTestsAsync(runs[next].Exercise.Item.QuestionId, cancellationToken);
            else
                tally.Error("run skipped: its code was not saved");
        }
        await running;
        await SaveAsync(cancellationToken);
        await SubmitAsync(cancellationToken);
    }

    private sealed record PlannedRun(TimeSpan At, LoadExercise Exercise, string Code);

    /// <summary>Three runs spread over the time (a fifth, a half and four fifths in, give or take 5%): the first exercise's wrong solution, the second's reference, the first's reference.</summary>
    private List<PlannedRun> RunPlan(TimeSpan duration)
    {
        var (first, second) = (script.Exercises[0], script.Exercises[1]);
        TimeSpan Around(double fraction) => duration * (fraction + (_random.NextDouble() - 0.5) * 0.1);
        return [new(Around(0.2), first, first.WrongCode), new(Around(0.5), second, second.ReferenceCode), new(Around(0.8), first, first.ReferenceCode)];
    }

    /// <summary>Ten seconds of typing: a sentence more in one written answer, and now and then another quiz answer.</summary>
    private void Edit(int tick)
    {
        var written = script.Written[_random.Next(script.Written.Count)].Key;
        _edits++;
        _current[written] = _current.GetValueOrDefault(written, "")
            + $"Edit {_edits} by candidate {seat.Number}: one more sentence of the answer, long enough that the text grows the way a real answer does. ";
        if (tick % 4 == 0)
            _current[script.Quiz[_random.Next(script.Quiz.Count)].Key] = "option-" + _random.Next(4);
    }

    private long NextRevision() => _revision = Math.Max(_revision + 1, _revisionBase + _clock.ElapsedMilliseconds);

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        var changed = _current.Where(p => _acknowledged.GetValueOrDefault(p.Key) != p.Value)
            .Select(p => new { item = p.Key, text = p.Value, revision = NextRevision() }).ToList();
        if (changed.Count == 0)
            return;
        foreach (var answer in changed)
            (_unacknowledged.TryGetValue(answer.item, out var sent) ? sent : _unacknowledged[answer.item] = []).Add(answer.text);
        var warm = _clock.Elapsed >= TimeSpan.FromMinutes(1);
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(Post($"/api/attempts/{seat.AttemptId}/answers", JsonContent.Create(new { answers = changed })), cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            tally.SaveMs.Enqueue(clock.Elapsed.TotalMilliseconds);
            if (warm)
                tally.WarmSaveMs.Enqueue(clock.Elapsed.TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                tally.Error($"save {(int)response.StatusCode}");
                return;
            }
            var stale = JsonDocument.Parse(body).RootElement.GetProperty("stale").EnumerateArray().Select(s => s.GetString()).ToHashSet();
            foreach (var answer in changed)
            {
                if (stale.Contains(answer.item))
                {
                    tally.Error("save stale");
                    continue;
                }
                _acknowledged[answer.item] = answer.text;
                _unacknowledged.Remove(answer.item);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            tally.Error("save " + (e is TaskCanceledException ? "timeout" : "connection error"));
        }
    }

    private async Task RunTestsAsync(string questionId, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var waited = false;
        try
        {
            while (true)
            {
                using var response = await http.SendAsync(Post($"/api/attempts/{seat.AttemptId}/runs/{questionId}", null), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    tally.RunMs.Enqueue(clock.Elapsed.TotalMilliseconds);
                    if (waited)
                        tally.Waited();
                    return;
                }
                if (response.StatusCode is not (HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests))
                {
                    tally.Error($"run {(int)response.StatusCode}");
                    return;
                }
                tally.Busy();
                waited = true;
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(5), cancellationToken);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            tally.Error("run " + (e is TaskCanceledException ? "timeout" : "connection error"));
        }
    }

    private async Task SubmitAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(Post($"/api/attempts/{seat.AttemptId}/submit", null), cancellationToken);
            tally.SubmitMs.Enqueue(clock.Elapsed.TotalMilliseconds);
            Submitted = response.StatusCode == HttpStatusCode.OK;
            if (!Submitted)
                tally.Error($"submit {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            tally.Error("submit " + (e is TaskCanceledException ? "timeout" : "connection error"));
        }
    }

    private HttpRequestMessage Post(string path, HttpContent? content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, path)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", seat.Token);
        return request;
    }
}
