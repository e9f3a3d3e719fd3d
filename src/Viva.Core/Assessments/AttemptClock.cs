namespace Viva.Core.Assessments;

/// <summary>
/// An attempt's time: the assessment's minutes stretched by the candidate's extra time, counted by the
/// server from the moment they start. Saves a little after the end still count (the last autosave is
/// often sent as the clock hits zero); after that the attempt is submitted as it stands.
/// </summary>
public static class AttemptClock
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    /// <summary>The extra time an accommodation may grant, in percent.</summary>
    public static readonly IReadOnlyList<int> ExtraTimeChoices = [0, 25, 50, 100];

    public static TimeSpan Allowance(int minutes, int extraTimePercent) => TimeSpan.FromMinutes(minutes * (100 + extraTimePercent) / 100.0);

    public static DateTimeOffset Deadline(DateTimeOffset startedAt, int minutes, int extraTimePercent) => startedAt + Allowance(minutes, extraTimePercent);

    /// <summary>Whether a save at <paramref name="now"/> still counts.</summary>
    public static bool Open(DateTimeOffset startedAt, int minutes, int extraTimePercent, DateTimeOffset now) =>
        now <= Deadline(startedAt, minutes, extraTimePercent) + Grace;
}
