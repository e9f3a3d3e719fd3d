using Microsoft.AspNetCore.Identity;

namespace Viva.Data.Accounts;

/// <summary>An account of multi-user mode (ASP.NET Core Identity's user with what Viva adds).</summary>
public sealed class VivaUser : IdentityUser
{
    /// <summary>How the person is named on pages and reports; the e-mail address when not given.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Unix milliseconds (UTC).</summary>
    public long CreatedAt { get; set; }

    /// <summary>
    /// The team whose kits and interviews the person shares (interviewers see only their team's); null
    /// for someone in no team, whose kits are their own alone.
    /// </summary>
    public string? Team { get; set; }
}
