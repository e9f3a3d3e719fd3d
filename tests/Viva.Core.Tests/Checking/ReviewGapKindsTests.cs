using Viva.Core.Bank;
using Viva.Core.Grading;
using Viva.Core.Tests.Bank;
using Viva.Sandbox;

namespace Viva.Core.Tests.Checking;

/// <summary>
/// The independent review (December 2026) listed the kinds of gap its wrong solutions slipped through.
/// For each kind, one wrong solution of the bundled bank that exploits it, run against its exercise's
/// hidden tests on python3: at least one test must fail, after the program itself ran. (`viva check
/// --all-versions` proves every wrong solution on every version; this names the kinds.)
/// </summary>
public sealed class ReviewGapKindsTests
{
    private static readonly Lazy<QuestionBank> Bank = new(() => QuestionBank.Load([RepositoryPaths.BundledBank]));

    [Theory]
    [InlineData("a clause no test checked", "dependency-injection", "Reads the clock once, at construction")]
    [InlineData("None and falsy data", "generators", "Pads with None and strips the padding")]
    [InlineData("None and falsy data", "thread-synchronisation", "None means \"not cached\"")]
    [InlineData("boundaries", "exception-handling", "Exclusive upper bound, raw text in the range message")]
    [InlineData("only Exception, never BaseException", "context-managers", "Clean-up only in except Exception and after the yield")]
    [InlineData("state across calls", "descriptors", "Values stored in a dict keyed by id(instance)")]
    [InlineData("concurrency: work in flight when a sibling fails", "async-producer-consumer", "gather without cancelling the siblings")]
    [InlineData("concurrency: clean-up that needs an await", "async-generators-context-managers", "Calls aclose without awaiting it")]
    [InlineData("type and conversion", "exception-handling", "int() on any type")]
    [InlineData("exact type checks that reject subclasses", "descriptors", "Exact type check rejects subclasses")]
    [InlineData("a regular expression whose $ admits a trailing newline", "enums", "Regex with $ admits a trailing newline")]
    [InlineData("callbacks that subscribe during a publish", "weak-references", "Iterates over the live list while callbacks subscribe")]
    public async Task A_wrong_solution_of_each_kind_in_the_review_is_caught(string kind, string questionId, string mistake)
    {
        var question = Bank.Value.Questions.Single(q => q.Id == questionId);
        var exercise = question.Exercise!;
        var wrong = exercise.WrongSolutions.SingleOrDefault(w => w.Mistake == mistake);
        Assert.True(wrong is not null, $"{questionId} has no wrong solution '{mistake}' ({kind})");
        var python = PythonInterpreter.Find() ?? throw new InvalidOperationException("python3 is required for these tests");

        var run = await new PythonRunner(python).RunAsync(new RunRequest
        {
            Code = wrong.Code.Code,
            Tests = exercise.Tests.Select(t => new TestInput(t.Name, t.Code.Code)).ToList(),
            Timeout = TimeSpan.FromSeconds(10),
        });

        Assert.NotEmpty(run.Tests);
        Assert.DoesNotContain(run.Tests, t => t.Error?.StartsWith(TestOutput.ProgramFailedPrefix, StringComparison.Ordinal) == true);
        Assert.Contains(HiddenTestGrader.Grade(exercise.Tests, run), v => !v.Passed);
    }
}
