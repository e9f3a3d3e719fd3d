namespace Viva.Core.Interchange.Anki;

/// <summary>One answer from Anki's revlog, tied to its note: when, the button pressed (1-4: Again..Easy) and how long it took.</summary>
public sealed record AnkiReview(long NoteId, DateTimeOffset At, int Ease, int DurationMs);
