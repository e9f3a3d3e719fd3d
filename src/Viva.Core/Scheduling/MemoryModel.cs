using static Viva.Core.Scheduling.FsrsMath;

namespace Viva.Core.Scheduling;

/// <summary>
/// The FSRS-6 memory model: stability, difficulty and the power forgetting curve with trainable decay w20.
/// Each formula repeats ts-fsrs' arithmetic in the same order and rounds where it rounds, so results match
/// to the last bit in practice; constants that depend only on the weights are computed once here.
/// </summary>
internal sealed class MemoryModel
{
    private readonly double[] _w;
    private readonly double _decay;
    private readonly double _factor;
    private readonly double _intervalModifier;
    private readonly double _initialDifficultyEasy;
    private readonly double _expW8;
    private readonly double _lapseFloorDivisor;
    private readonly double _shortTermAgain;
    private readonly double _shortTermHard;
    private readonly double _shortTermGood;
    private readonly double _shortTermEasy;
    private readonly bool _shortTerm;
    private readonly double[] _initialStability = new double[5];
    private readonly double[] _initialDifficulty = new double[5];

    public MemoryModel(double[] clippedWeights, double desiredRetention, bool enableShortTerm)
    {
        _w = clippedWeights;
        _shortTerm = enableShortTerm;
        _decay = -_w[20];
        _factor = Round8(Math.Exp(Math.Pow(_decay, -1) * Math.Log(0.9)) - 1.0);
        _intervalModifier = Round8((Math.Pow(desiredRetention, 1 / _decay) - 1) / _factor);
        _initialDifficultyEasy = InitialDifficulty(Rating.Easy);
        // A new card's first state depends on the rating alone.
        for (var rating = Rating.Again; rating <= Rating.Easy; rating++)
        {
            _initialStability[(int)rating] = Math.Max(_w[(int)rating - 1], 0.1);
            _initialDifficulty[(int)rating] = Clamp(InitialDifficulty(rating), 1, 10);
        }
        _expW8 = Math.Exp(_w[8]);
        _lapseFloorDivisor = enableShortTerm ? Math.Exp(_w[17] * _w[18]) : Math.Exp(0.0 * 0.0);
        _shortTermAgain = ShortTermGrowth(Rating.Again);
        _shortTermHard = ShortTermGrowth(Rating.Hard);
        _shortTermGood = ShortTermGrowth(Rating.Good);
        _shortTermEasy = ShortTermGrowth(Rating.Easy);
    }

    /// <summary>The factor that turns a stability into the interval reaching the desired retention.</summary>
    public double IntervalModifier => _intervalModifier;

    /// <summary>R(t, S) = (1 + factor * t / S)^decay, rounded to 8 decimals as ts-fsrs does.</summary>
    public double ForgettingCurve(double elapsedDays, double stability) =>
        Round8(Math.Pow(1 + _factor * elapsedDays / stability, _decay));

    /// <summary>
    /// R before a review, or 0 where the next state does not depend on it (a new card, or a same-day review
    /// with short-term scheduling), which saves the power function on the commonest learning-step path.
    /// </summary>
    public double RetrievabilityFor(double stability, double difficulty, int elapsedDays) =>
        (difficulty == 0 && stability == 0) || (elapsedDays == 0 && _shortTerm) ? 0 : ForgettingCurve(elapsedDays, stability);

    /// <summary>The stability and difficulty after a review <paramref name="elapsedDays"/> after the last one.</summary>
    public (double Stability, double Difficulty) NextState(double stability, double difficulty, int elapsedDays, Rating rating, double retrievability)
    {
        if (difficulty == 0 && stability == 0)
        {
            return (_initialStability[(int)rating], _initialDifficulty[(int)rating]);
        }
        EnsureValid(stability, difficulty);
        double next;
        if (elapsedDays == 0 && _shortTerm)
        {
            next = ShortTermStability(stability, rating);
        }
        else if (rating == Rating.Again)
        {
            next = LapseStability(stability, difficulty, retrievability);
        }
        else
        {
            next = RecallStability(stability, RecallGrowth(stability, difficulty, retrievability), rating);
        }
        return (next, NextDifficulty(difficulty, rating));
    }

    /// <summary>
    /// The stabilities after Hard, Good and Easy at once: a review's intervals depend on all three, and the
    /// recall formula's exponentials are shared between them.
    /// </summary>
    public (double Hard, double Good, double Easy) PassStabilities(double stability, double difficulty, int elapsedDays, double retrievability)
    {
        if (difficulty == 0 && stability == 0)
        {
            return (_initialStability[2], _initialStability[3], _initialStability[4]);
        }
        EnsureValid(stability, difficulty);
        if (elapsedDays == 0 && _shortTerm)
        {
            return (ShortTermStability(stability, Rating.Hard), ShortTermStability(stability, Rating.Good), ShortTermStability(stability, Rating.Easy));
        }
        var growth = RecallGrowth(stability, difficulty, retrievability);
        return (RecallStability(stability, growth, Rating.Hard), RecallStability(stability, growth, Rating.Good), RecallStability(stability, growth, Rating.Easy));
    }

    /// <summary>
    /// The part of the recall-stability increase shared by Hard, Good and Easy, so a review that needs all
    /// three (their intervals depend on each other) pays for the exponentials once.
    /// </summary>
    private double RecallGrowth(double stability, double difficulty, double retrievability) =>
        _expW8 * (11 - difficulty) * Math.Pow(stability, -_w[9]) * (Math.Exp((1 - retrievability) * _w[10]) - 1);

    /// <summary>S'r = S * (1 + growth * hard penalty (w15) * easy bonus (w16)).</summary>
    private double RecallStability(double stability, double growth, Rating rating)
    {
        var hardPenalty = rating == Rating.Hard ? _w[15] : 1;
        var easyBonus = rating == Rating.Easy ? _w[16] : 1;
        return Round8(Clamp(stability * (1 + growth * hardPenalty * easyBonus), FsrsWeights.MinStability, FsrsWeights.MaxStability));
    }

    /// <summary>The difficulty after a review: linear damping towards 10, then mean reversion to D0(Easy).</summary>
    public double NextDifficulty(double difficulty, Rating rating)
    {
        var delta = -_w[6] * ((int)rating - 3);
        var next = difficulty + Round8(delta * (10 - difficulty) / 9);
        return Clamp(Round8(_w[7] * _initialDifficultyEasy + (1 - _w[7]) * next), 1, 10);
    }

    /// <summary>ts-fsrs' <c>next_interval</c> before fuzz: whole days, at least 1, at most the maximum.</summary>
    public double RawInterval(double stability, int maximumInterval) =>
        Math.Min(Math.Max(1, JsRound(stability * _intervalModifier)), maximumInterval);

    private double ShortTermStability(double stability, Rating rating)
    {
        var growth = rating switch
        {
            Rating.Again => _shortTermAgain,
            Rating.Hard => _shortTermHard,
            Rating.Good => _shortTermGood,
            _ => _shortTermEasy,
        };
        var sinc = Math.Pow(stability, -_w[19]) * growth;
        var masked = rating >= Rating.Hard ? Math.Max(sinc, 1.0) : sinc;
        return Round8(Clamp(stability * masked, FsrsWeights.MinStability, FsrsWeights.MaxStability));
    }

    private double LapseStability(double stability, double difficulty, double retrievability)
    {
        var afterFail = Round8(Clamp(
            _w[11] * Math.Pow(difficulty, -_w[12]) * (Math.Pow(stability + 1, _w[13]) - 1) * Math.Exp((1 - retrievability) * _w[14]),
            FsrsWeights.MinStability,
            FsrsWeights.MaxStability));
        // Never above what the same-day relearning steps would leave (clamp's upper bound wins).
        return Clamp(Round8(stability / _lapseFloorDivisor), FsrsWeights.MinStability, afterFail);
    }

    private static void EnsureValid(double stability, double difficulty)
    {
        if (difficulty < 1 || stability < FsrsWeights.MinStability)
        {
            throw new ArgumentException($"Invalid memory state: difficulty {difficulty}, stability {stability}.");
        }
    }

    private double InitialDifficulty(Rating rating) => Round8(_w[4] - Math.Exp(((int)rating - 1) * _w[5]) + 1);

    private double ShortTermGrowth(Rating rating) => Math.Exp(_w[17] * ((int)rating - 3 + _w[18]));
}
