using Viva.Core.Bank;
using Viva.Web.Search;

namespace Viva.Web.Bank;

/// <summary>The loaded bank as the web app serves it: questions by id, the areas and topics, and the search index. Immutable.</summary>
internal sealed class BankCatalog
{
    private readonly Dictionary<string, Question> _byId;

    public BankCatalog(QuestionBank bank)
    {
        Questions = bank.Questions;
        _byId = bank.Questions.GroupBy(q => q.Id).ToDictionary(g => g.Key, g => g.First());
        Areas = bank.Taxonomies.SelectMany(t => t.Areas).GroupBy(a => a.Id).Select(g => g.First()).ToList();
        Search = new BankSearch(bank.Questions);
    }

    public IReadOnlyList<Question> Questions { get; }
    public IReadOnlyList<Area> Areas { get; }
    public BankSearch Search { get; }

    public Question? Find(string id) => _byId.GetValueOrDefault(id);

    public string AreaTitle(string area) => Areas.FirstOrDefault(a => a.Id == area)?.Title ?? area;

    public string TopicTitle(string area, string topic) =>
        Areas.FirstOrDefault(a => a.Id == area)?.Topics.FirstOrDefault(t => t.Id == topic)?.Title ?? topic;
}
