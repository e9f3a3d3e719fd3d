namespace Viva.Core.Interchange.Gift;

/// <summary>
/// One question of a GIFT file with its escapes resolved. <see cref="TextAfter"/> is the text after an
/// answer block placed mid-sentence ("missing word"); <see cref="Category"/> is the last <c>$CATEGORY:</c>
/// before it; <see cref="IdNumber"/> and <see cref="Tags"/> come from Moodle's <c>// [id:…] [tag:…]</c> comments.
/// </summary>
public sealed record GiftQuestion(GiftKind Kind, string Title, string Format, string Text, string TextAfter,
    IReadOnlyList<GiftAnswer> Answers, string GeneralFeedback, string Category, int Line)
{
    public string? IdNumber { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>For true/false: the right answer, and the feedbacks for a wrong and a right choice.</summary>
    public bool? TrueFalseAnswer { get; init; }
    public string TrueFalseWrongFeedback { get; init; } = "";
    public string TrueFalseRightFeedback { get; init; } = "";

    /// <summary>Whether the answer block sits inside the text rather than at its end.</summary>
    public bool IsMissingWord => TextAfter.Length > 0;
}
