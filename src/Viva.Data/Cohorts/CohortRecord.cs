namespace Viva.Data.Cohorts;

/// <summary>
/// A group of learners a trainer follows: its members, what they are assigned and how far they got. Like
/// kits it belongs to a team; the web layer scopes every query to the trainer's team.
/// </summary>
public sealed class CohortRecord
{
    public required string Id { get; set; }
    public required string Team { get; set; }
    public required string Name { get; set; }
    public required string CreatedBy { get; set; }
    /// <summary>Unix milliseconds (UTC).</summary>
    public long CreatedAt { get; set; }
}
