using Viva.Core.Bank;

namespace Viva.Core.Grading;

/// <summary>Whether one key point was covered, and the terms that did and did not appear in the answer (the "why").</summary>
public sealed record KeyPointCoverage(KeyPoint Point, bool Covered, IReadOnlyList<string> Matched, IReadOnlyList<string> Missed);
