using Viva.Core.Bank;

namespace Viva.Core.Assessments;

/// <summary>What one part of an assessment asks of the candidate.</summary>
public enum AssessmentItemKind
{
    /// <summary>One quiz item of a question (a choice or a predict-the-output item), graded at once.</summary>
    Quiz,
    /// <summary>A question's coding exercise, graded by its hidden tests in the sandbox.</summary>
    Exercise,
    /// <summary>A question answered in writing, scored by the interviewer on the scorecard.</summary>
    Written,
}

/// <summary>
/// One part of an assessment, kept as a short key (<c>quiz:gil#2</c>, <c>exercise:lru-cache</c>,
/// <c>written:gil</c>) so an assessment stores its parts as lines of text and answers name their part.
/// </summary>
public sealed record AssessmentItem(AssessmentItemKind Kind, string QuestionId, int QuizIndex = 0)
{
    public string Key => Kind switch
    {
        AssessmentItemKind.Quiz => $"quiz:{QuestionId}#{QuizIndex}",
        AssessmentItemKind.Exercise => $"exercise:{QuestionId}",
        _ => $"written:{QuestionId}",
    };

    public override string ToString() => Key;

    /// <summary>The item of a key; null for anything else (keys arrive in forms and API bodies).</summary>
    public static AssessmentItem? Parse(string? key)
    {
        if (key is null || key.Length > 250 || key.IndexOf(':', StringComparison.Ordinal) is not (> 0 and var colon))
            return null;
        var (kind, rest) = (key[..colon], key[(colon + 1)..]);
        if (rest.Length == 0)
            return null;
        switch (kind)
        {
            case "exercise":
                return new AssessmentItem(AssessmentItemKind.Exercise, rest);
            case "written":
                return new AssessmentItem(AssessmentItemKind.Written, rest);
            case "quiz":
                var hash = rest.LastIndexOf('#');
                return hash > 0 && int.TryParse(rest[(hash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                    ? new AssessmentItem(AssessmentItemKind.Quiz, rest[..hash], index)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The parts of a set of questions, in their order: for each question its quiz items, then its
    /// exercise, then the written question, each kind only when asked for and the question has it.
    /// </summary>
    public static IReadOnlyList<AssessmentItem> Of(IEnumerable<Question> questions, bool quiz, bool exercises, bool written)
    {
        var items = new List<AssessmentItem>();
        foreach (var q in questions)
        {
            if (quiz)
                items.AddRange(q.Quiz.Select((_, i) => new AssessmentItem(AssessmentItemKind.Quiz, q.Id, i)));
            if (exercises && q.Exercise is not null)
                items.Add(new AssessmentItem(AssessmentItemKind.Exercise, q.Id));
            if (written)
                items.Add(new AssessmentItem(AssessmentItemKind.Written, q.Id));
        }
        return items;
    }
}
