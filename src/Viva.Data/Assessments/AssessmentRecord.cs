namespace Viva.Data.Assessments;

/// <summary>
/// A timed online assessment an interviewer sends to candidates: its parts (quiz items, exercises and
/// written questions of bank questions), its time limit, how many test runs each exercise allows, and its
/// AI-use rule. Like kits it belongs to a team; the web layer scopes every query to the team.
/// </summary>
public sealed class AssessmentRecord
{
    public required string Id { get; set; }
    public required string Team { get; set; }
    public required string CreatedBy { get; set; }
    public required string Title { get; set; }
    /// <summary>Item keys (<c>quiz:gil#0</c>, <c>exercise:lru-cache</c>, <c>written:gil</c>) in order, separated by new lines.</summary>
    public required string Items { get; set; }
    public int Minutes { get; set; }
    /// <summary>How many times each exercise's tests may be run (the last run is the one graded).</summary>
    public int RunsPerExercise { get; set; }
    /// <summary><c>forbidden</c>, <c>declared</c> or <c>allowed</c>.</summary>
    public required string AiUse { get; set; }
    /// <summary>The HMAC key (base64) that signs this assessment's invitation links.</summary>
    public required string SigningKey { get; set; }
    /// <summary>Unix milliseconds (UTC).</summary>
    public long CreatedAt { get; set; }
}
