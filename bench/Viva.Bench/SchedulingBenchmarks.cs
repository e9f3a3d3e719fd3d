using BenchmarkDotNet.Attributes;
using Viva.Core.Scheduling;

namespace Viva.Bench;

/// <summary>
/// FSRS-6 scheduling throughput: nanoseconds per <see cref="FsrsScheduler.Next"/> (1e9 / that = computations
/// per second). Baseline: one forgetting-curve evaluation per card, the cheapest call in the model.
/// </summary>
[MemoryDiagnoser]
public class SchedulingBenchmarks
{
    private const int Cards = 1024;
    private readonly FsrsScheduler _scheduler = new();
    private readonly FsrsScheduler _fuzzed = new(new FsrsParameters { EnableFuzz = true });
    private readonly CardState[] _mixed = new CardState[Cards];
    private readonly DateTimeOffset[] _mixedAt = new DateTimeOffset[Cards];
    private readonly Rating[] _mixedRating = new Rating[Cards];
    private readonly CardState[] _review = new CardState[Cards];

    [GlobalSetup]
    public void Setup()
    {
        // Cards with realistic histories (new, learning, review, relearning), each reviewed at a plausible time.
        var random = new Random(42);
        var start = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < Cards; i++)
        {
            var card = CardState.New(start);
            var history = random.Next(0, 12);
            for (var r = 0; r < history; r++)
            {
                card = _scheduler.Next(card, card.Due.AddHours(random.Next(0, 48)), RandomRating(random));
            }
            _mixed[i] = card;
            _mixedAt[i] = card.Due.AddHours(random.Next(0, 72));
            _mixedRating[i] = RandomRating(random);

            var review = _scheduler.Next(CardState.New(start), start, Rating.Easy);
            for (var r = 0; r < random.Next(0, 8); r++)
            {
                review = _scheduler.Next(review, review.Due, Rating.Good);
            }
            _review[i] = review;
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Cards)]
    public double Retrievability()
    {
        var sum = 0.0;
        for (var i = 0; i < Cards; i++)
        {
            sum += _scheduler.Retrievability(_mixed[i], _mixedAt[i]);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Cards)]
    public double Next_mixed_states_and_ratings()
    {
        var sum = 0.0;
        for (var i = 0; i < Cards; i++)
        {
            sum += _scheduler.Next(_mixed[i], _mixedAt[i], _mixedRating[i]).Stability;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Cards)]
    public double Next_review_card_rated_good()
    {
        var sum = 0.0;
        for (var i = 0; i < Cards; i++)
        {
            sum += _scheduler.Next(_review[i], _review[i].Due, Rating.Good).Stability;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Cards)]
    public double Next_with_fuzz()
    {
        var sum = 0.0;
        for (var i = 0; i < Cards; i++)
        {
            sum += _fuzzed.Next(_mixed[i], _mixedAt[i], _mixedRating[i]).ScheduledDays;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Cards)]
    public double Preview_all_four_ratings()
    {
        var sum = 0.0;
        for (var i = 0; i < Cards; i++)
        {
            sum += _scheduler.Preview(_mixed[i], _mixedAt[i]).Easy.ScheduledDays;
        }
        return sum;
    }

    private static Rating RandomRating(Random random) => random.NextDouble() switch
    {
        < 0.15 => Rating.Again,
        < 0.3 => Rating.Hard,
        < 0.85 => Rating.Good,
        _ => Rating.Easy,
    };
}
