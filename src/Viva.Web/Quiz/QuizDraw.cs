using Viva.Core.Bank;
using Viva.Web.Bank;

namespace Viva.Web.Quiz;

/// <summary>Draws a quiz's items and reads them back: items are stored as <c>questionId#itemIndex</c> lines.</summary>
internal static class QuizDraw
{
    public static List<(Question Question, int Index)> Draw(BankCatalog bank, IReadOnlyCollection<string> areas, string? topic, Level? level, int count, Random random) =>
        bank.Questions
            .Where(q => (areas.Count == 0 || areas.Contains(q.Area)) && (topic is null || q.Topic == topic) && (level is null || q.Level == level))
            .SelectMany(q => q.Quiz.Select((_, i) => (Question: q, Index: i)))
            .OrderBy(_ => random.Next())
            .Take(count)
            .ToList();

    public static string Encode(IEnumerable<(Question Question, int Index)> items) => string.Join('\n', items.Select(i => $"{i.Question.Id}#{i.Index}"));

    /// <summary>The stored items that still exist in the bank (a question may have been removed since).</summary>
    public static List<(Question Question, int Index, QuizItem Item)> Decode(BankCatalog bank, string items) =>
        items.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('#'))
            .Select(p => (Question: bank.Find(p[0]), Index: int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))
            .Where(p => p.Question is not null && p.Index < p.Question.Quiz.Count)
            .Select(p => (p.Question!, p.Index, p.Question!.Quiz[p.Index]))
            .ToList();
}
