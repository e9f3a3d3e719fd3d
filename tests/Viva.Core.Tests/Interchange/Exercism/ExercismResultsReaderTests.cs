using System.Text;
using Viva.Core.Interchange.Exercism;

namespace Viva.Core.Tests.Interchange.Exercism;

/// <summary>results.json as other test runners write it, and files that are not results.json at all.</summary>
public sealed class ExercismResultsReaderTests
{
    private static ExercismParseResult Read(string json) => ExercismResultsReader.Read("results.json", Encoding.UTF8.GetBytes(json));

    [Fact]
    public void A_foreign_v3_file_is_read_with_task_ids_and_test_code_and_its_unknown_fields_ignored()
    {
        var read = Read(ExercismResultsWriterTests.Golden("foreign-v3.json"));

        Assert.Null(read.Error);
        var r = read.Results!;
        Assert.Equal((3, ExercismStatus.Fail, (string?)null), (r.Version, r.Status, r.Message));
        Assert.Equal(["Expected oven time in minutes", "Remaining oven time"], r.Tests.Select(t => t.Name));
        Assert.Equal(new ExercismTest("Remaining oven time", ExercismStatus.Fail, "AssertionError: 15 != 30", null, "assert bake_time_remaining(10) == 30", 2), r.Tests[1]);
        Assert.Equal(1, r.Tests[0].TaskId);
    }

    [Fact]
    public void A_version_1_file_has_a_message_and_no_tests()
    {
        var r = Read(ExercismResultsWriterTests.Golden("v1.json")).Results!;
        Assert.Equal((1, ExercismStatus.Fail, 0), (r.Version, r.Status, r.Tests.Count));
        Assert.StartsWith("Failed: test_answer\n", r.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"version\": 3, \"status\": \"pass\", \"tests\": [", "results.json:1: json: not valid JSON")]
    [InlineData("{\n  \"version\": 3,\n  \"status\": \"pass\",,\n}", "results.json:3: json: not valid JSON")]
    [InlineData("[]", "results.json: (top level): must be a JSON object")]
    [InlineData("{\"status\": \"pass\", \"tests\": []}", "results.json: version: must be 1, 2 or 3 (the test runner interface versions), not missing")]
    [InlineData("{\"version\": 4, \"status\": \"pass\", \"tests\": []}", "results.json: version: must be 1, 2 or 3 (the test runner interface versions), not 4")]
    [InlineData("{\"version\": \"3\", \"status\": \"pass\", \"tests\": []}", "results.json: version: must be 1, 2 or 3 (the test runner interface versions), not \"3\"")]
    [InlineData("{\"version\": 3, \"status\": \"passed\", \"tests\": []}", "results.json: status: must be \"pass\", \"fail\" or \"error\", not \"passed\"")]
    [InlineData("{\"version\": 3, \"status\": \"error\", \"tests\": []}", "results.json: message: is required when status is error")]
    [InlineData("{\"version\": 3, \"status\": \"pass\"}", "results.json: tests: must be an array in version 3, not missing")]
    [InlineData("{\"version\": 3, \"status\": \"fail\", \"tests\": [{\"status\": \"fail\"}]}", "results.json: tests[0].name: is required")]
    [InlineData("{\"version\": 3, \"status\": \"fail\", \"tests\": [{\"name\": \"a\", \"status\": \"pass\"}, {\"name\": \"b\", \"status\": \"ok\"}]}", "results.json: tests[1].status: must be \"pass\", \"fail\" or \"error\", not \"ok\"")]
    [InlineData("{\"version\": 3, \"status\": \"fail\", \"tests\": [{\"name\": \"a\", \"status\": \"fail\", \"message\": 42}]}", "results.json: tests[0].message: must be a string, not 42")]
    [InlineData("{\"version\": 3, \"status\": \"fail\", \"tests\": [{\"name\": \"a\", \"status\": \"fail\", \"task_id\": 1.5}]}", "results.json: tests[0].task_id: must be a task number, not 1.5")]
    public void A_malformed_file_is_one_error_naming_the_file_and_the_line_or_field(string json, string error)
    {
        var read = Read(json);
        Assert.Null(read.Results);
        Assert.StartsWith(error, read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"version\": 3, \"status\": \"pass\", \"tests\": [{\"name\": \"x\", \"status\": \"pass\"}]}");
        bytes[33] = 0xFF;
        var read = ExercismResultsReader.Read("r.json", bytes);
        Assert.Null(read.Results);
        Assert.StartsWith("r.json:1: json: not valid JSON", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_any_results_file_needs_is_refused()
    {
        var read = Read("{\"version\": 3, \"status\": \"pass\", \"tests\": [], \"x\": " + new string('[', 100) + new string(']', 100) + "}");
        Assert.NotNull(read.Error);
    }
}
