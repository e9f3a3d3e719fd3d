namespace Viva.Sandbox;

/// <summary>
/// What a hidden test observed, as reported by the harness: the strict JSON text of <c>result</c>,
/// or the error that prevented it (exception, non-JSON value, time-out).
/// </summary>
public sealed record TestOutput(string Name, string? Json, string? Error)
{
    /// <summary>How harness.py begins each test's error when the program itself failed before the tests ran.</summary>
    public const string ProgramFailedPrefix = "the code failed before the test ran: ";
}
