using System.Security.Claims;
using Viva.Core.Bank;
using Viva.Data;
using Viva.Data.Accounts;
using Viva.Web.Bank;
using Viva.Web.Interviews;

namespace Viva.Web.Interchange;

/// <summary>Who may move questions in and out of Viva, and which questions a scope names.</summary>
internal static class InterchangeAccess
{
    /// <summary>Trainers, interviewers and admins; in local mode the one user. Candidates study the bank, they do not ship it.</summary>
    public static async Task<bool> MayUseAsync(HttpContext context, VivaDb db) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id
        || await Member.InRoleAsync(db, id, [Roles.Trainer, Roles.Interviewer, Roles.Admin], context.RequestAborted);

    /// <summary>The questions of an area or topic id, or the whole bank for none; empty for an unknown id.</summary>
    public static IReadOnlyList<Question> Scope(BankCatalog bank, string? scope) =>
        string.IsNullOrEmpty(scope) ? bank.Questions : bank.Questions.Where(q => q.Area == scope || q.Topic == scope).ToList();
}
