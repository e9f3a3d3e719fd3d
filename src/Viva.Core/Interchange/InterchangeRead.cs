using Viva.Core.Bank;
using Viva.Core.Interchange.Anki;

namespace Viva.Core.Interchange;

/// <summary>
/// What an interchange file became: bank questions (not yet written), a line per item of the file (<see cref="Counted"/>
/// are the ones its summary counts), and for an Anki package its review history; or the one problem that stopped the
/// read, in which case nothing else is set.
/// </summary>
public sealed record InterchangeRead(string Unit, IReadOnlyList<Question> Questions, IReadOnlyList<ItemOutcome> Outcomes,
    IReadOnlyList<ItemOutcome> Counted, AnkiReadResult? Anki, AnkiImport? AnkiImport, string? Problem)
{
    public static InterchangeRead Fail(string problem) => new("", [], [], [], null, null, problem);

    /// <summary>
    /// The read less the questions whose files are not written (by <see cref="Question.SourcePath"/>, with why): each item
    /// that went into one is skipped with that reason, so the report's lines and counts say only what arrived.
    /// </summary>
    public InterchangeRead Without(IReadOnlyDictionary<string, string> notWritten)
    {
        ItemOutcome Arrived(ItemOutcome o) =>
            o.Status != ItemStatus.Skipped && o.QuestionPath is { } path && notWritten.TryGetValue(path, out var why)
                ? o with { Status = ItemStatus.Skipped, Detail = $"its question file {path} is not written: {why}" }
                : o;
        return this with
        {
            Questions = [.. Questions.Where(q => !notWritten.ContainsKey(q.SourcePath))],
            Outcomes = [.. Outcomes.Select(Arrived)],
            Counted = [.. Counted.Select(Arrived)],
        };
    }
}
