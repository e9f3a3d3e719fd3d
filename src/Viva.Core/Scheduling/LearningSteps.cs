namespace Viva.Core.Scheduling;

/// <summary>
/// ts-fsrs' <c>BasicLearningStepsStrategy</c>: the delay in minutes a rating gives a card that is
/// in (or entering) its learning or relearning steps, and the step it moves to.
/// </summary>
internal sealed class LearningSteps
{
    private readonly int[] _learning;
    private readonly int[] _relearning;

    public LearningSteps(IReadOnlyList<TimeSpan> learning, IReadOnlyList<TimeSpan> relearning)
    {
        _learning = ToMinutes(learning, nameof(learning));
        _relearning = ToMinutes(relearning, nameof(relearning));
    }

    public int RelearningCount => _relearning.Length;

    /// <summary>
    /// Minutes until the next step (0 when the rating graduates the card to day intervals) and the next step's index.
    /// </summary>
    public (int Minutes, int NextStep) For(CardPhase phase, int step, Rating rating)
    {
        var steps = phase is CardPhase.Relearning or CardPhase.Review ? _relearning : _learning;
        if (steps.Length == 0 || step >= steps.Length)
        {
            return (0, 0);
        }
        if (phase == CardPhase.Review)
        {
            return rating == Rating.Again ? (steps[Math.Max(0, step)], 0) : (0, 0);
        }
        switch (rating)
        {
            case Rating.Again:
                return (steps[0], 0);
            case Rating.Hard:
                // Halfway between the first two steps, or half as long again as a single step.
                var hard = steps.Length == 1 ? FsrsMath.JsRound(steps[0] * 1.5) : FsrsMath.JsRound((steps[0] + steps[1]) / 2.0);
                return ((int)hard, step);
            case Rating.Good when step + 1 < steps.Length && steps[step + 1] != 0:
                return (steps[step + 1], step + 1);
            default:
                return (0, 0);
        }
    }

    private static int[] ToMinutes(IReadOnlyList<TimeSpan> steps, string name)
    {
        var minutes = new int[steps.Count];
        for (var i = 0; i < minutes.Length; i++)
        {
            var step = steps[i];
            if (step < TimeSpan.Zero || step.Ticks % TimeSpan.TicksPerMinute != 0)
            {
                throw new ArgumentException($"A step is a whole, non-negative number of minutes, got {step}.", name);
            }
            minutes[i] = checked((int)(step.Ticks / TimeSpan.TicksPerMinute));
        }
        return minutes;
    }
}
