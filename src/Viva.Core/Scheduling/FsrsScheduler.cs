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
    /// <exception cref="ArgumentException"><paramref name="now"/> is on an earlier UTC day than the last review, or the card's memory state is invalid.</exception>
    public CardState Next(CardState card, DateTimeOffset now, Rating rating)
    {
        if (rating is < Rating.Again or > Rating.Easy)
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "A rating is 1-4.");
        }
        var elapsed = ElapsedDays(card, now);
        return card.State switch
        {
            CardPhase.Review => Review(card, now, rating, elapsed),
            CardPhase.Learning or CardPhase.Relearning when !_shortTerm => Review(card, now, rating, elapsed),
            CardPhase.New when !_shortTerm => NewLongTerm(card, now, rating),
            _ => Learning(card, now, rating, elapsed),
        };
    }

    /// <summary>What each of the four ratings would do to the card at <paramref name="now"/>, for showing the next interval on each button.</summary>
    public SchedulingPreview Preview(CardState card, DateTimeOffset now) =>
        new(Next(card, now, Rating.Again), Next(card, now, Rating.Hard), Next(card, now, Rating.Good), Next(card, now, Rating.Easy));

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
    private static int ElapsedDays(CardState card, DateTimeOffset now)
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
    private CardState Learning(CardState card, DateTimeOffset now, Rating rating, int elapsed)
    {
        var r = _model.ForgettingCurve(elapsed, card.Stability);
        var (s, d) = _model.NextState(card.Stability, card.Difficulty, elapsed, rating, r);
        var toPhase = card.State == CardPhase.New ? CardPhase.Learning : card.State;
        var next = card with { Stability = s, Difficulty = d, LastReview = now, Reps = card.Reps + 1, ElapsedDays = elapsed };
        return ApplySteps(next, card, now, rating, toPhase, elapsed);
    }

    private CardState ApplySteps(CardState next, CardState before, DateTimeOffset now, Rating rating, CardPhase toPhase, int elapsed)
    {
        var (minutes, nextStep) = _steps.For(before.State, before.Step, rating);
        if (minutes is > 0 and < 1440)
        {
            return next with { State = toPhase, Step = nextStep, ScheduledDays = 0, Due = now.AddTicks(minutes * TimeSpan.TicksPerMinute) };
        }
        if (minutes >= 1440)
        {
            // A step of a day or more still leaves the card in Review, keeping the step index (as ts-fsrs does).
            return next with { State = CardPhase.Review, Step = nextStep, ScheduledDays = minutes / 1440, Due = now.AddTicks(minutes * TimeSpan.TicksPerMinute) };
        }
        var interval = Interval(next.Stability, elapsed, FuzzFactor(before, now));
        return next with { State = CardPhase.Review, Step = 0, ScheduledDays = interval, Due = now.AddTicks(interval * TimeSpan.TicksPerDay) };
    }

    private CardState Review(CardState card, DateTimeOffset now, Rating rating, int elapsed)
    {
        var r = _model.ForgettingCurve(elapsed, card.Stability);
        var (s, d) = _model.NextState(card.Stability, card.Difficulty, elapsed, rating, r);
        var next = card with { Stability = s, Difficulty = d, LastReview = now, Reps = card.Reps + 1, ElapsedDays = elapsed };
        if (rating == Rating.Again)
        {
            next = next with { Lapses = card.Lapses + 1 };
            if (_shortTerm)
            {
                return ApplySteps(next, card, now, rating, CardPhase.Relearning, elapsed);
            }
        }
        return Scheduled(next, now, ReviewInterval(card, rating, elapsed, r, FuzzFactor(card, now)));
    }

    // New cards without short-term scheduling go straight to day intervals, ordered like a review's.
    private CardState NewLongTerm(CardState card, DateTimeOffset now, Rating rating)
    {
        var (s, d) = _model.NextState(0, 0, 0, rating, 0);
        var next = card with { Stability = s, Difficulty = d, LastReview = now, Reps = card.Reps + 1, ElapsedDays = 0, ScheduledDays = 0 };
        return Scheduled(next, now, ReviewInterval(card, rating, 0, 0, FuzzFactor(card, now)));
    }

    // The four intervals of one review depend on each other, as in ts-fsrs: Hard is no longer than Good,
    // Good and Easy each at least a day longer than the rating below, and in long-term mode Again shorter than Hard.
    private int ReviewInterval(CardState card, Rating rating, int elapsed, double r, double fuzz)
    {
        double hardS, goodS, easyS;
        if (card.State == CardPhase.New || (elapsed == 0 && _shortTerm))
        {
            hardS = _model.NextState(card.Stability, card.Difficulty, elapsed, Rating.Hard, r).Stability;
            goodS = _model.NextState(card.Stability, card.Difficulty, elapsed, Rating.Good, r).Stability;
            easyS = _model.NextState(card.Stability, card.Difficulty, elapsed, Rating.Easy, r).Stability;
        }
        else
        {
            // The shared growth term makes Hard, Good and Easy cost one set of exponentials.
            var growth = _model.RecallGrowth(card.Stability, card.Difficulty, r);
            hardS = _model.RecallStability(card.Stability, growth, Rating.Hard);
            goodS = _model.RecallStability(card.Stability, growth, Rating.Good);
            easyS = _model.RecallStability(card.Stability, growth, Rating.Easy);
        }
        var hard = Interval(hardS, elapsed, fuzz);
        var good = Interval(goodS, elapsed, fuzz);
        if (_shortTerm)
        {
            hard = Math.Min(hard, good);
        }
        else
        {
            var againS = _model.NextState(card.Stability, card.Difficulty, elapsed, Rating.Again, r).Stability;
            var again = Math.Min(Interval(againS, elapsed, fuzz), hard);
            if (rating == Rating.Again)
            {
                return again;
            }
            hard = Math.Max(hard, again + 1);
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

    private double FuzzFactor(CardState before, DateTimeOffset now) =>
        _fuzz ? FuzzRandom.Factor(now, before.Reps + 1, before.Difficulty * before.Stability) : -1;

    private static CardState Scheduled(CardState next, DateTimeOffset now, int interval) =>
        next with { State = CardPhase.Review, Step = 0, ScheduledDays = interval, Due = now.AddTicks(interval * TimeSpan.TicksPerDay) };
}
