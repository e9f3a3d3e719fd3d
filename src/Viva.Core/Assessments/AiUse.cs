namespace Viva.Core.Assessments;

/// <summary>
/// What an assessment allows of AI assistants. It is stated to the candidate before the clock starts
/// and printed on the report, so nobody is judged by a rule they were not told.
/// </summary>
public enum AiUse
{
    Forbidden,
    /// <summary>Allowed, and the candidate says how they used it (the declaration goes on the report).</summary>
    Declared,
    Allowed,
}

public static class AiUseText
{
    /// <summary>The sentence shown to the candidate and printed on the report.</summary>
    public static string Statement(AiUse mode) => mode switch
    {
        AiUse.Forbidden => "AI assistants are not allowed: write every answer and every line of code yourself.",
        AiUse.Declared => "AI assistants are allowed if you say how you used them: describe it in the declaration before you submit.",
        _ => "AI assistants are allowed; nothing needs declaring.",
    };

    public static string Name(AiUse mode) => mode switch
    {
        AiUse.Forbidden => "AI forbidden",
        AiUse.Declared => "AI allowed and declared",
        _ => "AI allowed",
    };

    /// <summary>The stored name (<c>forbidden</c>, <c>declared</c>, <c>allowed</c>) back to the mode; null for anything else.</summary>
    public static AiUse? Parse(string? stored) => stored switch
    {
        "forbidden" => AiUse.Forbidden,
        "declared" => AiUse.Declared,
        "allowed" => AiUse.Allowed,
        _ => null,
    };

    public static string Stored(AiUse mode) => mode.ToString().ToLowerInvariant();
}
