using Viva.Core.Bank;
using Viva.Core.Tests.Bank;

namespace Viva.Core.Tests.Interchange.Moodle;

/// <summary>A question of the bundled bank with an exercise, for tests that need one real question.</summary>
internal static class QuestionFixture
{
    public static Question Sample { get; } = QuestionBank.Load([RepositoryPaths.BundledBank]).Questions.First(q => q.Exercise is not null);
}
