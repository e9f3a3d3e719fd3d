using Viva.Core.Bank;
using Viva.Core.Grading;
using Viva.Sandbox;
using Viva.Web.Assessments;

namespace Viva.Web.Tests.Assessments;

/// <summary>What a candidate is told of a test: whether it passed and the kind of failure, never its inputs or expected value.</summary>
public class OutcomeTests
{
    private static readonly HiddenTest Test = new("sums a list", new CodeBlock("result = total([1, 2, 39])", 1), new CodeBlock("42", 2), 1);

    [Theory]
    [InlineData("passed", true, "passed")]
    [InlineData("$: expected 42, got 41", false, "wrong result")]
    [InlineData("$[0]: expected 3 items, got 2: [1, 2]", false, "wrong result")]
    [InlineData("KeyError: 'secret-input-key'", false, "raised KeyError")]
    [InlineData("StopIteration", false, "raised StopIteration")]
    [InlineData("timed out", false, "timed out")]
    [InlineData("did not run (the program stopped first)", false, "did not run (the program stopped first)")]
    [InlineData(TestOutput.ProgramFailedPrefix + "NameError: name 'x' is not defined", false, "did not run: the code raised NameError before the tests")]
    // The candidate's code runs beside the tests: an exception class named after what it read of them says nothing.
    [InlineData("result_equals_42: x", false, "raised an exception of the code's own class")]
    [InlineData("ValidationError: quantity must be positive", false, "raised an exception of the code's own class")]
    public void Only_the_kind_of_failure_is_shown(string message, bool passed, string shown)
    {
        var outcome = Attempts.Outcome(new TestVerdict(Test, passed, message));
        Assert.Equal(shown, outcome);
        Assert.DoesNotContain("42", outcome, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", outcome, StringComparison.Ordinal);
    }
}
