using Viva.Core.Scheduling;

namespace Viva.Cli.Fsrs;

/// <summary>One review in a replay file.</summary>
internal sealed record ReplayReview(DateTimeOffset At, Rating Rating);
