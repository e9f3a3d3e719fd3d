namespace Viva.Core.Interchange.Anki;

/// <summary>One answer from Anki's revlog, tied to its note: when, the rating as Viva counts it (1-4: Again, Hard, Good, Easy) and how long it took.</summary>
public sealed record AnkiReview(long NoteId, DateTimeOffset At, int Rating, int DurationMs);
