namespace Viva.Core.Interchange.Moodle;

/// <summary>
/// One CodeRunner test case: code run after the answer, its standard input and expected output, whether the
/// student sees it (<c>SHOW</c>, <c>HIDE</c>, <c>HIDE_IF_FAIL</c>, <c>HIDE_IF_SUCCEED</c>), its mark, and whether a
/// failure hides the tests after it. <see cref="Extra"/> is template data that Viva's export fills with the expected value as written.
/// </summary>
public sealed record CodeRunnerTestCase(string TestCode, string Stdin, string Expected, string Extra, string Display, decimal Mark, bool HideRestIfFail, bool UseAsExample, int Line);
