using Viva.Core.Bank;
using Viva.Core.Tests.Bank;

namespace Viva.Core.Tests.Interviews;

/// <summary>The bundled bank, loaded once for the interview tests.</summary>
internal static class Bundled
{
    private static readonly Lazy<QuestionBank> Bank = new(() => QuestionBank.Load([RepositoryPaths.BundledBank]));

    public static IReadOnlyList<Question> Questions => Bank.Value.Questions;

    public static Question Get(string id) => Questions.Single(q => q.Id == id);
}
