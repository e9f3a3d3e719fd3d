namespace Viva.Core.Scheduling;

/// <summary>
/// FSRS-6 scheduling, behaving as ts-fsrs v5 does (its conformance fixture is replayed in the tests): given a
/// card's state, the review time and the rating, the card's next state. Pure and thread-safe; <see cref="Next"/>
/// allocates nothing.
/// </summary>
public sealed class FsrsScheduler
{
    private const long MillisecondsPerDay = 86_400_000;
    private readonly MemoryModel _model;
    private readonly LearningSteps _steps;
    private readonly int _maximumInterval;
    private readonly bool _fuzz;
    private readonly bool _shortTerm;

    /// <summary>A scheduler with <paramref name="parameters"/>, or ts-fsrs' defaults.</summary>
    /// <exception cref="ArgumentException">The weights are not 21 numbers, a step is not whole minutes, or a setting is out of range.</exception>
    public FsrsScheduler(FsrsParameters? parameters = null)
    {
        Parameters = parameters ?? FsrsParameters.Default;
        if (!(Parameters.DesiredRetention > 0 && Parameters.DesiredRetention <= 1))
        {
            throw new ArgumentException($"Desired retention must be in (0, 1], got {Parameters.DesiredRetention}.", nameof(parameters));
        }
        if (Parameters.MaximumInterval < 1)
        {
            throw new ArgumentException($"The maximum interval must be at least 1 day, got {Parameters.MaximumInterval}.", nameof(parameters));
        }
        _steps = new LearningSteps(Parameters.LearningSteps, Parameters.RelearningSteps);
        _shortTerm = Parameters.EnableShortTerm;
        var weights = FsrsWeights.Clip(Parameters.Weights, _steps.RelearningCount, _shortTerm);
        _model = new MemoryModel(weights, Parameters.DesiredRetention, _shortTerm);
        _maximumInterval = Parameters.MaximumInterval;
        _fuzz = Parameters.EnableFuzz;
    }

    /// <summary>The settings this scheduler was made with (weights as given, before clamping).</summary>
    public FsrsParameters Parameters { get; }

    /// <summary>The card's state after a review at <paramref name="now"/> rated <paramref name="rating"/>.</summary>
    /// <param name="card">The card's state before the review.</param>
    /// <param name="now">When the review happens.</param>
    /// <param name="rating">The rating given.</param>
    /// <param name="cardId">
    /// The card's stable id (the question id). With it, fuzz is seeded from the id and the review count (ts-fsrs'
    /// <c>GenSeedStrategyWithCardId</c>), so the interval shown before a rating is the one the rating gives and
    /// a reload shows the same labels; without it, from the review time (ts-fsrs' default strategy).
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="now"/> is on an earlier UTC day than the last review, or the card's memory state is invalid.</exception>
    public CardState Next(CardState card, DateTimeOffset now, Rating rating, string? cardId = null)
    {
        if (rating is < Rating.Again or > Rating.Easy)
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "A rating is 1-4.");
        }
        var elapsed = ElapsedDays(card, now);
        // One factor per review, whichever interval it ends up fuzzing (as ts-fsrs seeds once per review).
        var fuzz = FuzzFactor(card, now, cardId);
        return card.State switch
        {
            CardPhase.Review => Review(card, now, rating, elapsed, fuzz),
            CardPhase.Learning or CardPhase.Relearning when !_shortTerm => Review(card, now, rating, elapsed, fuzz),
            CardPhase.New when !_shortTerm => NewLongTerm(card, now, rating, fuzz),
            _ => Learning(card, now, rating, elapsed, fuzz),
        };
    }

    /// <summary>What each of the four ratings would do to the card at <paramref name="now"/>, for showing the next interval on each button.</summary>
    public SchedulingPreview Preview(CardState card, DateTimeOffset now, string? cardId = null) =>
        new(Next(card, now, Rating.Again, cardId), Next(card, now, Rating.Hard, cardId), Next(card, now, Rating.Good, cardId), Next(card, now, Rating.Easy, cardId));

    /// <summary>
    /// The probability of recalling the card at <paramref name="now"/> (0 for a new card), as ts-fsrs'
    /// <c>get_retrievability</c>: elapsed time counted in whole 24-hour days since the last review.
    /// </summary>
    public double Retrievability(CardState card, DateTimeOffset now)
    {
        if (card.State == CardPhase.New)
        {
            return 0;
        }
        var elapsedMs = card.LastReview is { } last ? now.ToUnixTimeMilliseconds() - last.ToUnixTimeMilliseconds() : 0;
        var days = Math.Max(Math.Floor(elapsedMs / (double)MillisecondsPerDay), 0);
        return _model.ForgettingCurve(days, FsrsMath.Round8(card.Stability));
    }

    // ts-fsrs counts elapsed days as the difference of UTC calendar dates, not of 24-hour periods.
    private static int ElapsedDays(in CardState card, DateTimeOffset now)
    {
        if (card.State == CardPhase.New || card.LastReview is not { } last)
        {
            return 0;
        }
        var days = (now.UtcTicks / TimeSpan.TicksPerDay) - (last.UtcTicks / TimeSpan.TicksPerDay);
        if (days < 0)
        {
            throw new ArgumentException($"A review at {now:O} is on an earlier day than the last review at {last:O}.", nameof(now));
        }
        return (int)days;
    }

    // New, Learning and Relearning cards with short-term scheduling: learning steps, then graduation.
    private CardState Learning(in CardState card, DateTimeOffset now, Rating rating, int elapsed, double fuzz)
    {
        var r = _model.RetrievabilityFor(card.Stability, card.Difficulty, elapsed);
        var (s, d) = _model.NextState(card.Stability, card.Difficulty, elapsed, rating, r);
        var toPhase = card.State == CardPhase.New ? CardPhase.Learning : card.State;
        return ApplySteps(card, now, rating, toPhase, elapsed, s, d, card.Lapses, fuzz);
    }

    private CardState ApplySteps(in CardState before, DateTimeOffset now, Rating rating, CardPhase toPhase, int elapsed, double s, double d, int lapses, double fuzz)
    {
        var (minutes, nextStep) = _steps.For(before.State, before.Step, rating);
        if (minutes > 0)
        {
            // A step of a day or more still puts the card in Review, keeping the step index (as ts-fsrs does).
            var phase = minutes < 1440 ? toPhase : CardPhase.Review;
            return new CardState(phase, s, d, now.AddTicks(minutes * TimeSpan.TicksPerMinute), now, nextStep, before.Reps + 1, lapses, minutes / 1440, elapsed);
        }
        return Scheduled(before, now, elapsed, s, d, lapses, Interval(s, elapsed, fuzz));
    }

    private CardState Review(in CardState card, DateTimeOffset now, Rating rating, int elapsed, double fuzz)
    {
        var r = _model.RetrievabilityFor(card.Stability, card.Difficulty, elapsed);
        if (rating == Rating.Again)
        {
            var (s, d) = _model.NextState(card.Stability, card.Difficulty, elapsed, rating, r);
            if (_shortTerm)
            {
                return ApplySteps(card, now, rating, CardPhase.Relearning, elapsed, s, d, card.Lapses + 1, fuzz);
            }
            var (hardS, _, _) = _model.PassStabilities(card.Stability, card.Difficulty, elapsed, r);
            var again = Math.Min(Interval(s, elapsed, fuzz), Interval(hardS, elapsed, fuzz));
            return Scheduled(card, now, elapsed, s, d, card.Lapses + 1, again);
        }
        var (hard, good, easy) = _model.PassStabilities(card.Stability, card.Difficulty, elapsed, r);
        var stability = rating switch { Rating.Hard => hard, Rating.Good => good, _ => easy };
        var difficulty = _model.NextDifficulty(card.Difficulty, rating);
        var interval = PassInterval(card, rating, elapsed, r, fuzz, hard, good, easy);
        return Scheduled(card, now, elapsed, stability, difficulty, card.Lapses, interval);
    }

    // New cards without short-term scheduling go straight to day intervals, ordered like a review's.
    private CardState NewLongTerm(in CardState card, DateTimeOffset now, Rating rating, double fuzz)
    {
        var (s, d) = _model.NextState(0, 0, 0, rating, 0);
        var (hard, good, easy) = _model.PassStabilities(0, 0, 0, 0);
        var interval = rating == Rating.Again
            ? Math.Min(Interval(s, 0, fuzz), Interval(hard, 0, fuzz))
            : PassInterval(card, rating, 0, 0, fuzz, hard, good, easy);
        return Scheduled(card, now, 0, s, d, card.Lapses, interval);
    }

    // The intervals of one review depend on each other, as in ts-fsrs: Hard is no longer than Good, Good and
    // Easy each at least a day longer than the rating below, and in long-term mode Hard longer than Again.
    private int PassInterval(in CardState card, Rating rating, int elapsed, double r, double fuzz, double hardS, double goodS, double easyS)
    {
        var hard = Interval(hardS, elapsed, fuzz);
        var good = Interval(goodS, elapsed, fuzz);
        if (_shortTerm)
        {
            hard = Math.Min(hard, good);
        }
        else
        {
            var againS = _model.NextState(card.Stability, card.Difficulty, elapsed, Rating.Again, r).Stability;
            hard = Math.Max(hard, Math.Min(Interval(againS, elapsed, fuzz), hard) + 1);
        }
        good = Math.Max(good, hard + 1);
        return rating switch
        {
            Rating.Hard => hard,
            Rating.Good => good,
            _ => Math.Max(Interval(easyS, elapsed, fuzz), good + 1),
        };
    }

    // ts-fsrs' next_interval then apply_fuzz; a negative fuzz factor means fuzz is off.
    private int Interval(double stability, int elapsed, double fuzz)
    {
        var interval = _model.RawInterval(stability, _maximumInterval);
        if (fuzz < 0 || interval < 2.5)
        {
            return (int)interval;
        }
        var delta = 1.0;
        delta += 0.15 * Math.Max(Math.Min(interval, 7.0) - 2.5, 0.0);
        delta += 0.1 * Math.Max(Math.Min(interval, 20.0) - 7.0, 0.0);
        delta += 0.05 * Math.Max(Math.Min(interval, double.PositiveInfinity) - 20.0, 0.0);
        interval = Math.Min(interval, _maximumInterval);
        var min = Math.Max(2, FsrsMath.JsRound(interval - delta));
        var max = Math.Min(FsrsMath.JsRound(interval + delta), _maximumInterval);
        if (interval > elapsed)
        {
            min = Math.Max(min, elapsed + 1);
        }
        min = Math.Min(min, max);
        return (int)Math.Floor(fuzz * (max - min + 1) + min);
    }

    private double FuzzFactor(in CardState before, DateTimeOffset now, string? cardId) =>
        !_fuzz ? -1
        : cardId is null ? FuzzRandom.Factor(now, before.Reps + 1, before.Difficulty * before.Stability)
        : FuzzRandom.Factor(cardId, before.Reps + 1);

    private static CardState Scheduled(in CardState before, DateTimeOffset now, int elapsed, double s, double d, int lapses, int interval) =>
        new(CardPhase.Review, s, d, now.AddTicks(interval * TimeSpan.TicksPerDay), now, 0, before.Reps + 1, lapses, interval, elapsed);
}
