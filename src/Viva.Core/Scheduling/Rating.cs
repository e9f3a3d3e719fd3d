namespace Viva.Core.Scheduling;

/// <summary>How well a card was recalled at a review; the numbers are FSRS's and Anki's grades.</summary>
public enum Rating
{
    /// <summary>Forgotten.</summary>
    Again = 1,

    /// <summary>Recalled with serious difficulty.</summary>
    Hard = 2,

    /// <summary>Recalled after some hesitation.</summary>
    Good = 3,

    /// <summary>Recalled perfectly.</summary>
    Easy = 4,
}

/// <summary>The four ratings in the order they are offered: Again, Hard, Good, Easy.</summary>
public static class Ratings
{
    /// <summary>Again, Hard, Good, Easy.</summary>
    public static IReadOnlyList<Rating> All { get; } = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];
}
