namespace Viva.Core.Interchange.Moodle;

/// <summary>
/// How a Viva hidden test becomes a CodeRunner python3 test case and is recognised again: its name on a
/// first comment line, its code, then a print of <c>result</c> in CPython's canonical JSON, compared with
/// the expected value written the same way (<see cref="PythonJson"/>).
/// </summary>
internal static class CodeRunnerConventions
{
    public const string PythonType = "python3";

    /// <summary>CodeRunner's built-in Python 3 types, whose templates run the answer and then each test's code; other python3_ types are a site's prototypes.</summary>
    public static readonly string[] PythonTypes = [PythonType, "python3_w_input"];
    public const string NamePrefix = "# test: ";
    public const string PrintSuffix = "\nimport json\nprint(" + PythonJson.DumpsCall + ")";
    public const string Hidden = "HIDE";

    public static string TestCode(string name, string code) => NamePrefix + name + "\n" + code + PrintSuffix;

    /// <summary>The name and code of a test case Viva wrote, or null for one written by someone else.</summary>
    public static (string Name, string Code)? VivaTest(string testCode)
    {
        var code = testCode.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!code.StartsWith(NamePrefix, StringComparison.Ordinal) || !code.EndsWith(PrintSuffix, StringComparison.Ordinal))
            return null;
        var newline = code.IndexOf('\n', StringComparison.Ordinal);
        if (newline < 0 || newline > code.Length - PrintSuffix.Length)
            return null;
        return (code[NamePrefix.Length..newline], code[(newline + 1)..^PrintSuffix.Length]);
    }
}
