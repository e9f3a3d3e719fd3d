using System.Globalization;
using System.Text;
using Viva.Core.Scheduling;
using Xunit.Abstractions;

namespace Viva.Core.Tests.Scheduling;

/// <summary>Replays the ts-fsrs fixture: memory state within 1e-4, intervals, due dates and states exactly.</summary>
public sealed class ConformanceTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-4;
    private static readonly ConformanceFixture Fixture = ConformanceFixture.Load();

    [Fact]
    public void Fixture_holds_at_least_200_sequences_with_default_parameters_and_no_fuzz()
    {
        var plain = Fixture.Sequences.Count(s => s.Parameters.Weights is null && !s.Parameters.EnableFuzz
            && s.Parameters.DesiredRetention == 0.9 && s.Parameters.EnableShortTerm);
        Assert.True(plain >= 200, $"only {plain} default sequences");
        Assert.StartsWith("5.", Fixture.TsFsrsVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_matches_ts_fsrs_for_all_sequences()
    {
        var failures = new StringBuilder();
        var maxDeviation = 0.0;
        var reviews = 0;
        foreach (var sequence in Fixture.Sequences)
        {
            var scheduler = new FsrsScheduler(sequence.Parameters.ToParameters());
            var card = CardState.New(sequence.Reviews[0].At);
            for (var i = 0; i < sequence.Reviews.Count && failures.Length < 4000; i++)
            {
                var review = sequence.Reviews[i];
                var expected = review.Expected;
                var r = scheduler.Retrievability(card, review.At);
                card = scheduler.Next(card, review.At, (Rating)review.Rating);
                reviews++;
                var deviation = Math.Max(Math.Abs(r - expected.Retrievability),
                    Math.Max(Math.Abs(card.Stability - expected.Stability), Math.Abs(card.Difficulty - expected.Difficulty)));
                maxDeviation = Math.Max(maxDeviation, deviation);
                var actualState = card.State.ToString().ToLowerInvariant();
                if (deviation > Tolerance || actualState != expected.State || card.ScheduledDays != expected.ScheduledDays
                    || card.Due != expected.Due || card.Step != expected.Step || card.Reps != expected.Reps
                    || card.Lapses != expected.Lapses || card.ElapsedDays != expected.ElapsedDays)
                {
                    failures.AppendLine(CultureInfo.InvariantCulture,
                        $"{sequence.Name}[{i}] rating {review.Rating} at {review.At:O}: expected R={expected.Retrievability} S={expected.Stability} D={expected.Difficulty} {expected.State} step {expected.Step} ivl {expected.ScheduledDays} due {expected.Due:O} lapses {expected.Lapses}; " +
                        $"got R={r} S={card.Stability} D={card.Difficulty} {actualState} step {card.Step} ivl {card.ScheduledDays} due {card.Due:O} lapses {card.Lapses}");
                    break;
                }
            }
        }
        Assert.True(failures.Length == 0, failures.ToString());
        Assert.True(reviews > 5000, $"replayed {reviews} reviews");
        output.WriteLine($"replayed {Fixture.Sequences.Count} sequences, {reviews} reviews; max deviation {maxDeviation:E2}");
    }
}
