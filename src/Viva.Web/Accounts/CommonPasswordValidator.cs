using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Viva.Data.Accounts;

namespace Viva.Web.Accounts;

/// <summary>
/// Refuses a password found in the shipped list of common and breached passwords (common-passwords.txt,
/// compared without case). With a length of at least 8 and no composition rules, this is what OWASP
/// ASVS 5 asks: "Password1!" passes composition rules and is still among the first guesses.
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<VivaUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static bool IsCommon(string password) => Common.Value.Contains(password.ToLowerInvariant());

    public Task<IdentityResult> ValidateAsync(UserManager<VivaUser> manager, VivaUser user, string? password)
    {
        if (password is not null && (IsCommon(password) || user.Email is { } email && string.Equals(password, email, StringComparison.OrdinalIgnoreCase)))
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = "This password is on the list of common and breached passwords: pick another." }));
        return Task.FromResult(IdentityResult.Success);
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Viva.Web.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                set.Add(line);
        }
        return set;
    }
}
