using System.Collections.Immutable;
using System.Text.Json;
using Viva.Core.Scheduling;

namespace Viva.Core.Tests.Scheduling;

/// <summary>tests/fixtures/fsrs/sequences.json: review sequences and the states ts-fsrs gave after each review.</summary>
internal sealed record ConformanceFixture(string TsFsrsVersion, List<FixtureSequence> Sequences)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ConformanceFixture Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Scheduling", "sequences.json");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<ConformanceFixture>(stream, Json)
            ?? throw new InvalidOperationException($"{path} is empty.");
    }
}

internal sealed record FixtureSequence(string Name, FixtureParameters Parameters, List<FixtureReview> Reviews);

internal sealed record FixtureParameters(
    double[]? Weights,
    double DesiredRetention,
    int MaximumInterval,
    bool EnableFuzz,
    bool EnableShortTerm,
    int[] LearningStepsMinutes,
    int[] RelearningStepsMinutes)
{
    public FsrsParameters ToParameters() => new()
    {
        Weights = Weights is null ? FsrsParameters.DefaultWeights : [.. Weights],
        DesiredRetention = DesiredRetention,
        MaximumInterval = MaximumInterval,
        EnableFuzz = EnableFuzz,
        EnableShortTerm = EnableShortTerm,
        LearningSteps = [.. LearningStepsMinutes.Select(m => TimeSpan.FromMinutes(m))],
        RelearningSteps = RelearningStepsMinutes.Select(m => TimeSpan.FromMinutes(m)).ToImmutableArray(),
    };
}

internal sealed record FixtureReview(DateTimeOffset At, int Rating, FixtureExpected Expected);

internal sealed record FixtureExpected(
    double Retrievability,
    double Stability,
    double Difficulty,
    string State,
    int Step,
    int Reps,
    int Lapses,
    int ScheduledDays,
    int ElapsedDays,
    DateTimeOffset Due);
