using System.Collections.Immutable;

namespace Viva.Core.Scheduling;

/// <summary>
/// The settings of an <see cref="FsrsScheduler"/>. The defaults are ts-fsrs v5's: FSRS-6 default weights,
/// 90% desired retention, a 100-year maximum interval, no fuzz, learning steps 1m and 10m, relearning step 10m.
/// </summary>
public sealed record FsrsParameters
{
    /// <summary>The 21 default FSRS-6 weights w0..w20 (w20 is the forgetting curve's decay).</summary>
    public static ImmutableArray<double> DefaultWeights { get; } =
    [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ];

    /// <summary>The default settings.</summary>
    public static FsrsParameters Default { get; } = new();

    /// <summary>The 21 FSRS-6 weights; out-of-range values are clamped as ts-fsrs clamps them.</summary>
    public ImmutableArray<double> Weights { get; init; } = DefaultWeights;

    /// <summary>The recall probability at which a review card falls due, in (0, 1].</summary>
    public double DesiredRetention { get; init; } = 0.9;

    /// <summary>The longest interval in days.</summary>
    public int MaximumInterval { get; init; } = 36500;

    /// <summary>Spreads review intervals of 3 days and more a little, so cards learned together do not stay together.</summary>
    public bool EnableFuzz { get; init; }

    /// <summary>Applies learning steps and same-day stability updates; when false, every review is scheduled in days.</summary>
    public bool EnableShortTerm { get; init; } = true;

    /// <summary>Delays between the reviews of a new card, in whole minutes.</summary>
    public ImmutableArray<TimeSpan> LearningSteps { get; init; } = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)];

    /// <summary>Delays between the reviews of a forgotten card, in whole minutes.</summary>
    public ImmutableArray<TimeSpan> RelearningSteps { get; init; } = [TimeSpan.FromMinutes(10)];
}
