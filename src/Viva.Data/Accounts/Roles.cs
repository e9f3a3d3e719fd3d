namespace Viva.Data.Accounts;

/// <summary>The four roles of multi-user mode. A person may hold several (an interviewer also studies).</summary>
public static class Roles
{
    public const string Candidate = "Candidate";
    public const string Interviewer = "Interviewer";
    public const string Trainer = "Trainer";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Candidate, Interviewer, Trainer, Admin];

    /// <summary>The role spelled as stored, for any casing of its name; null when there is no such role.</summary>
    public static string? Parse(string name) => All.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
}
