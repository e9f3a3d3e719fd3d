using Viva.Core.Bank;
using Viva.Web.Bank;

namespace Viva.Web.Quiz;

/// <summary>Draws a quiz's items and reads them back: items are stored as <c>questionId#itemIndex</c> lines.</summary>
internal static class QuizDraw
{
    /// <summary>
    /// Up to <paramref name="count"/> items at random from those matching, taking the bank's item kinds in turn
    /// (predict the output, single choice, multiple choice: every kind graded without a person) so a short quiz
    /// is not all of the commonest kind.
    /// </summary>
    public static List<(Question Question, int Index)> Draw(BankCatalog bank, IReadOnlyCollection<string> areas, string? topic, Level? level, int count, Random random)
    {
        var byKind = bank.Questions
            .Where(q => (areas.Count == 0 || areas.Contains(q.Area)) && (topic is null || q.Topic == topic) && (level is null || q.Level == level))
            .SelectMany(q => q.Quiz.Select((item, i) => (Question: q, Index: i, Kind: item.Kind)))
            .GroupBy(x => x.Kind)
            .Select(g => new Queue<(Question Question, int Index, string Kind)>(g.OrderBy(_ => random.Next())))
            .OrderBy(_ => random.Next())
            .ToList();
        var drawn = new List<(Question Question, int Index)>();
        while (drawn.Count < count && byKind.Any(k => k.Count > 0))
        {
            foreach (var kind in byKind.Where(k => k.Count > 0))
            {
                if (drawn.Count == count)
                    break;
                var (question, index, _) = kind.Dequeue();
                drawn.Add((question, index));
            }
        }
        // Kinds taken in turn would always come in the same order on the page: shuffle the drawn items once more.
        return drawn.OrderBy(_ => random.Next()).ToList();
    }

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
