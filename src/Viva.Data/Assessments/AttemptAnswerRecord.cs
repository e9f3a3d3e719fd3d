namespace Viva.Data.Assessments;

/// <summary>
/// The candidate's current answer to one part: the text of a written answer, the code of an exercise,
/// a predicted output, or a choice's option ids separated by commas. Autosave overwrites it; a save
/// carries the number of the edit it holds, and an older edit arriving late never overwrites a newer one.
/// </summary>
public sealed class AttemptAnswerRecord
{
    public required string AttemptId { get; set; }
    public required string ItemKey { get; set; }
    public required string Text { get; set; }
    /// <summary>The client's edit counter for this part (monotonic within the page that sent it).</summary>
    public long Revision { get; set; }
    /// <summary>Unix milliseconds (UTC).</summary>
    public long SavedAt { get; set; }
}
