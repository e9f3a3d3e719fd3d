namespace Viva.Data.Limits;

/// <summary>How many times a key (a client address's sign-ins, a user's runs) was used in one fixed window.</summary>
public sealed class RateCounterRecord
{
    public required string Key { get; set; }
    /// <summary>The window's start, Unix milliseconds.</summary>
    public long WindowStart { get; set; }
    public int Count { get; set; }
}
