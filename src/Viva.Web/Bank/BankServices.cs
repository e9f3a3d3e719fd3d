using Viva.Core.Bank;

namespace Viva.Web.Bank;

internal static class BankServices
{
    /// <summary>Loads the bank once at start-up; content problems are logged by <c>viva check</c>, not here.</summary>
    public static IServiceCollection AddBank(this IServiceCollection services, IReadOnlyList<string> paths)
    {
        services.AddSingleton(_ => new BankCatalog(QuestionBank.Load(paths)));
        services.AddSingleton<MarkdownHtml>();
        return services;
    }
}
