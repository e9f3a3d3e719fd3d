namespace Viva.Data.Interviews;

/// <summary>
/// A saved interview kit: its questions in the order they are asked, and the request that proposed it.
/// A kit belongs to a team; it is its owner's until shared, then every interviewer of the team may use it.
/// Questions are kept by id (content lives in the bank); a question removed from the bank shows as missing.
/// </summary>
public sealed class KitRecord
{
    public required string Id { get; set; }
    public required string Team { get; set; }
    public required string OwnerId { get; set; }
    public required string Name { get; set; }
    /// <summary>The level's name as in the bank: junior, mid, senior or staff.</summary>
    public required string Level { get; set; }
    /// <summary>The time box in minutes.</summary>
    public int Minutes { get; set; }
    /// <summary>Question ids in the order they are asked, separated by new lines.</summary>
    public required string QuestionIds { get; set; }
    /// <summary>Area ids the kit was drawn from, separated by commas; empty for the whole bank.</summary>
    public string Areas { get; set; } = "";
    /// <summary>The seed of the last proposal, so "propose again" moves on to another.</summary>
    public int Seed { get; set; }
    public bool Shared { get; set; }
    /// <summary>Unix milliseconds (UTC), as is the one below.</summary>
    public long CreatedAt { get; set; }
    public long UpdatedAt { get; set; }
}
