namespace Viva.Core.Interchange.Exercism;

/// <summary>A status as results.json spells it: <c>pass</c>, <c>fail</c> or <c>error</c>, for the run and for each test.</summary>
public enum ExercismStatus
{
    /// <summary>Every test passed (for a test: it passed).</summary>
    Pass,
    /// <summary>At least one test failed or errored (for a test: its assertion did not hold).</summary>
    Fail,
    /// <summary>The tests could not run at all (for a test: it raised instead of observing).</summary>
    Error,
}
