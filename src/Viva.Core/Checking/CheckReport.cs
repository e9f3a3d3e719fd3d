using Viva.Core.Bank;

namespace Viva.Core.Checking;

/// <summary>
/// What <c>viva check</c> found: the problems, the notes (skipped items), the counts it proved, the
/// versions each item was proven on, which tests caught each wrong solution, and which sandbox limit
/// is enforced by what.
/// </summary>
public sealed record CheckReport(
    IReadOnlyList<Problem> Problems,
    IReadOnlyList<Problem> Notes,
    int Files,
    int Questions,
    int Examples,
    int QuizItems,
    int Exercises,
    int WrongSolutions,
    int Verified,
    int Skipped,
    IReadOnlyList<string> Pythons,
    double Seconds,
    IReadOnlyList<string> Sandbox,
    IReadOnlyList<ItemProof> Proofs,
    IReadOnlyList<WrongSolutionCatch> Catches)
{
    public bool Passed => Problems.Count == 0;
}

/// <summary>
/// One checked item (an example, a predict item or an exercise), the Python versions it was proven on,
/// and the wall-clock seconds of its slowest version (an exercise's runs, wrong solutions included).
/// </summary>
public sealed record ItemProof(string File, int Line, string Item, IReadOnlyList<string> Versions, double Seconds);

/// <summary>A wrong solution and the hidden tests that failed on it, on one Python version.</summary>
public sealed record WrongSolutionCatch(string File, int Line, string Mistake, string Python, IReadOnlyList<string> CaughtBy);
