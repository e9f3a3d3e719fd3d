using Viva.Core.Bank;

namespace Viva.Core.Grading;

/// <summary>
/// Whether the matcher pre-ticks one key point, and why: the sentence of the answer that supports it
/// (<see cref="Evidence"/>, null when no sentence shares a term with the point) and the point's terms it
/// does and does not hold. A hint for the person who confirms the checklist, not a verdict.
/// </summary>
public sealed record KeyPointCoverage(KeyPoint Point, bool Covered, Evidence? Evidence, IReadOnlyList<string> Matched, IReadOnlyList<string> Missed);
