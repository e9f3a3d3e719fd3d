using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

public sealed class JsonMatchTests
{
    [Theory]
    [InlineData("1", "1")]
    [InlineData("[1, \"a\", null, true]", "[1,\"a\",null,true]")]
    [InlineData("{\"a\": 1, \"b\": [2]}", "{\"b\": [2], \"a\": 1}")]
    [InlineData("0.30000000000000004", "0.3")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    public void Equal_values_match(string expected, string actual) => Assert.Null(JsonMatch.Difference(expected, actual));

    [Theory]
    [InlineData("1", "1.0", "$: expected int 1, got float 1.0")]
    [InlineData("1", "true", "$: expected int 1, got bool true")]
    [InlineData("\"1\"", "1", "$: expected str \"1\", got int 1")]
    [InlineData("[1, 2]", "[1, 3]", "$[1]: expected 2, got 3")]
    [InlineData("[1, 2]", "[1]", "$: expected 2 items, got 1")]
    [InlineData("{\"a\": 1}", "{\"a\": 1, \"b\": 2}", "$: unexpected key \"b\"")]
    [InlineData("{\"a\": 1}", "{}", "$: missing key \"a\"")]
    [InlineData("null", "0", "$: expected None null, got int 0")]
    [InlineData("true", "false", "$: expected true, got false")]
    [InlineData("[1, false]", "[1, true]", "$[1]: expected false, got true")]
    public void Different_values_say_where(string expected, string actual, string message) =>
        Assert.StartsWith(message, JsonMatch.Difference(expected, actual), StringComparison.Ordinal);
}
