using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Viva.Cli.Shared;
using Viva.Data.Accounts;

namespace Viva.Cli.Users;

/// <summary>
/// <c>viva user add EMAIL --role R</c>: a one-time link to set a password (the first admin's way in, or
/// a reset for someone locked out); <c>viva user list</c>: the accounts and their roles; <c>viva user reset-2fa
/// EMAIL</c>: two-factor sign-in off for someone who lost their authenticator and recovery codes.
/// </summary>
internal static class UserCommand
{
    public static Command Create()
    {
        var email = new Argument<string>("email") { Description = "The person's e-mail address (their sign-in name)." };
        var role = new Option<string>("--role") { HelpName = "role", Description = $"The role a new account gets: {string.Join(", ", Roles.All)}.", DefaultValueFactory = _ => Roles.Candidate };
        var url = new Option<string>("--url") { HelpName = "url", Description = "Where the multi-user server is reached, for the link.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var team = new Option<string?>("--team") { HelpName = "team", Description = "The team a new account joins: interviewers share kits and interviews with their team." };
        var db = CommonOptions.Database();
        var add = new Command("add", "Print a one-time link (valid 3 days) with which the person sets a password: a new account with the role, or a reset of an existing one.") { email, role, url, team, db };
        add.SetAction(async (parse, ct) =>
        {
            var address = parse.GetValue(email)!.Trim();
            if (!address.Contains('@', StringComparison.Ordinal) || address.Length > 256)
                return CliError.Fail($"'{address}' is not an e-mail address");
            if (Roles.Parse(parse.GetValue(role)!) is not { } known)
                return CliError.Fail($"--role: '{parse.GetValue(role)}' is not a role (one of {string.Join(", ", Roles.All)})");
            if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
                return CliError.Fail($"--url: '{parse.GetValue(url)}' is not an http(s) address");
            var (database, error) = await UserData.OpenAsync(parse.GetValue(db), ct);
            if (database is null)
                return CliError.Fail(error!);
            await using (database)
            {
                // Identity stores e-mail addresses normalised to upper case for look-ups.
                var normalized = address.ToUpperInvariant();
                var existing = await database.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct);
                var token = await Invitations.CreateAsync(database, address, known, "cli", DateTimeOffset.UtcNow, parse.GetValue(team), ct);
                Console.WriteLine(existing
                    ? $"{address} has an account: this link sets a new password (its role is unchanged)."
                    : $"{address} gets a new {known} account{(parse.GetValue(team) is { Length: > 0 } t ? $" in team {t.Trim()}" : "")} when the link is used.");
                Console.WriteLine(new Uri(baseUrl, $"/account/set-password?token={token}"));
            }
            return 0;
        });

        var list = new Command("list", "The accounts of multi-user mode, with their roles.") { db };
        list.SetAction(async (parse, ct) =>
        {
            var (database, error) = await UserData.OpenAsync(parse.GetValue(db), ct);
            if (database is null)
                return CliError.Fail(error!);
            await using (database)
            {
                var rows = await (from u in database.Users
                                  join ur in database.UserRoles on u.Id equals ur.UserId into grants
                                  from g in grants.DefaultIfEmpty()
                                  join r in database.Roles on g.RoleId equals r.Id into named
                                  from n in named.DefaultIfEmpty()
                                  select new { u.Email, Role = n == null ? null : n.Name }).ToListAsync(ct);
                foreach (var user in rows.GroupBy(r => r.Email).OrderBy(g => g.Key, StringComparer.Ordinal))
                    Console.WriteLine($"{user.Key}\t{string.Join(",", user.Select(r => r.Role).OfType<string>().Order(StringComparer.Ordinal))}");
                if (rows.Count == 0)
                    Console.WriteLine("no accounts yet: `viva user add EMAIL --role Admin` makes the first");
            }
            return 0;
        });
        var resetEmail = new Argument<string>("email") { Description = "The e-mail address of the account." };
        var reset = new Command("reset-2fa", "Turn off someone's two-factor sign-in (a lost phone and lost recovery codes): key and codes dropped, signed out everywhere; interviewers and admins set it up again at their next sign-in.") { resetEmail, db };
        reset.SetAction(async (parse, ct) =>
        {
            var address = parse.GetValue(resetEmail)!.Trim();
            var (database, error) = await UserData.OpenAsync(parse.GetValue(db), ct);
            if (database is null)
                return CliError.Fail(error!);
            await using (database)
            {
                if (!await TwoFactorReset.ResetAsync(database, address, ct))
                    return CliError.Fail($"no account has the e-mail address {address} (`viva user list` shows them)");
                Console.WriteLine($"{address}: two-factor sign-in is off, its key and recovery codes are gone and every session has ended; an interviewer or admin sets it up again at the next sign-in.");
            }
            return 0;
        });
        return new Command("user", "Accounts of multi-user mode (viva serve --multi-user).") { add, list, reset };
    }
}
