using Viva.Core.Bank;

namespace Viva.Core.Grading;

/// <summary>The host's verdict on one hidden test, with a message that never shows the test's source.</summary>
public sealed record TestVerdict(HiddenTest Test, bool Passed, string Message);
