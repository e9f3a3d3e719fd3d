using System.Diagnostics;
using System.Globalization;
using Viva.Core.Interchange.Moodle;
using Viva.Sandbox;

namespace Viva.Core.Tests.Interchange.Moodle;

/// <summary>The expected values of exported CodeRunner tests must print exactly as CPython's json.dumps prints them.</summary>
public sealed class PythonJsonTests
{
    private static readonly string[] Values =
    [
        "0.1", "1.0", "100.0", "-0.0", "0.0001", "0.00001", "1e15", "1e16", "1.5e20", "123.25", "2.5e-7",
        "3.141592653589793", "1e308", "5e-324", "-42.0", "9007199254740993.0", "0.30000000000000004",
    ];

    [Fact]
    public void Floats_print_as_cpythons_repr()
    {
        var python = PythonInterpreter.Find() ?? throw new InvalidOperationException("python3 is not installed");
        var start = new ProcessStartInfo(python.Path, ["-I", "-c", "import sys\nfor line in sys.stdin: print(repr(float(line)))"])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(string.Join('\n', Values) + "\n");
        process.StandardInput.Close();
        var expected = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        process.WaitForExit();

        Assert.Equal(expected, Values.Select(v => PythonJson.FloatRepr(double.Parse(v, CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Values_print_compact_with_sorted_keys_and_python_escapes()
    {
        Assert.Equal("{\"a\":[1,2.0,true,null],\"b\":\"é\\n\\u0001\\\"\"}", PythonJson.Dumps("{\"b\": \"é\\n\\u0001\\\"\", \"a\": [1, 2.0, true, null]}"));
        Assert.True(PythonJson.HasFloat("[1, {\"x\": 2.5}]"));
        Assert.False(PythonJson.HasFloat("[1, \"2.5\"]"));
    }
}
