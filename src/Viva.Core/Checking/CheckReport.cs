using Viva.Core.Bank;

namespace Viva.Core.Checking;

/// <summary>What <c>viva check</c> found: the problems, the notes (skipped items), the counts it proved, and which sandbox limit is enforced by what.</summary>
public sealed record CheckReport(
    IReadOnlyList<Problem> Problems,
    IReadOnlyList<Problem> Notes,
    int Files,
    int Questions,
    int Examples,
    int QuizItems,
    int Exercises,
    int Verified,
    int Skipped,
    string Python,
    double Seconds,
    IReadOnlyList<string> Sandbox)
{
    public bool Passed => Problems.Count == 0;
}
