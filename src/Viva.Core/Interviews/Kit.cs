using Viva.Core.Bank;

namespace Viva.Core.Interviews;

/// <summary>
/// A proposed interview: its questions in the order they are asked, and the request they answer.
/// The order eases the candidate in: questions below the kit's level first (warm-ups), those above it
/// last (stretches), and within a level area by area (by area id), shorter questions first.
/// </summary>
public sealed record Kit
{
    /// <summary>A kit of these questions, put in the order they are asked (an interviewer may reorder it afterwards).</summary>
    public Kit(KitRequest request, IEnumerable<Question> questions)
    {
        Request = request;
        Questions = questions
            .OrderBy(q => q.Level)
            .ThenBy(q => q.Area, StringComparer.Ordinal)
            .ThenBy(q => q.Minutes)
            .ThenBy(q => q.Id, StringComparer.Ordinal)
            .ToList();
    }

    public KitRequest Request { get; }

    public IReadOnlyList<Question> Questions { get; }

    public int TotalMinutes => Questions.Sum(q => q.Minutes);

    public IReadOnlyList<string> Areas => Questions.Select(q => q.Area).Distinct().ToList();

    /// <summary>This kit with one question replaced (by a candidate from <see cref="KitProposer.Swap"/>), in kit order.</summary>
    public Kit Replace(string questionId, Question replacement)
    {
        if (Questions.All(q => q.Id != questionId))
            throw new ArgumentException($"'{questionId}' is not in the kit.", nameof(questionId));
        return new Kit(Request, Questions.Select(q => q.Id == questionId ? replacement : q));
    }
}
