using Microsoft.EntityFrameworkCore;
using Viva.Data;
using Viva.Data.Accounts;

namespace Viva.Cli.Tests.Users;

/// <summary><c>viva user add</c> and <c>viva user list</c> against a real SQLite file, as an admin would run them.</summary>
public sealed class UserCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-user-").FullName;

    private string Db => Path.Combine(_dir, "viva.db");

    [Fact]
    public async Task Add_prints_a_one_time_link_whose_token_is_stored_only_as_a_hash()
    {
        var run = await VivaProcess.RunAsync(_dir, "user", "add", "Admin@Example.com", "--role", "admin", "--url", "https://viva.example.org", "--db", Db);

        Assert.Equal(0, run.ExitCode);
        var link = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        Assert.StartsWith("https://viva.example.org/account/set-password?token=", link, StringComparison.Ordinal);
        var token = link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..];
        Assert.Contains("new Admin account", run.Stdout, StringComparison.Ordinal);
        await using var db = VivaDatabase.Create(Db);
        var stored = await db.Invitations.SingleAsync();
        Assert.Equal("Admin", stored.Role);
        Assert.DoesNotContain(token, stored.TokenHash, StringComparison.Ordinal);
        Assert.NotNull(await Invitations.FindAsync(db, token, DateTimeOffset.UtcNow));
        Assert.Null(await Invitations.FindAsync(db, token, DateTimeOffset.UtcNow + Invitations.Lifetime));
    }

    [Theory]
    [InlineData("not-an-address", "Candidate", "is not an e-mail address")]
    [InlineData("a@example.com", "Boss", "is not a role")]
    public async Task Bad_input_fails_with_one_line_and_stores_nothing(string email, string role, string message)
    {
        var run = await VivaProcess.RunAsync(_dir, "user", "add", email, "--role", role, "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task List_says_how_to_make_the_first_account()
    {
        var run = await VivaProcess.RunAsync(_dir, "user", "list", "--db", Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("viva user add EMAIL --role Admin", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_2fa_turns_it_off_drops_the_key_and_codes_and_ends_every_session()
    {
        await using (var db = VivaDatabase.Create(Db))
        {
            await VivaDatabase.MigrateAsync(db);
            db.Users.Add(new VivaUser
            {
                Id = "ivy", Email = "ivy@example.com", NormalizedEmail = "IVY@EXAMPLE.COM", UserName = "ivy@example.com",
                TwoFactorEnabled = true, SecurityStamp = "OLD-STAMP", ConcurrencyStamp = "OLD",
            });
            db.UserTokens.AddRange(
                new() { UserId = "ivy", LoginProvider = RecoveryCodes.Store, Name = "AuthenticatorKey", Value = "JBSWY3DPEHPK3PXP" },
                new() { UserId = "ivy", LoginProvider = RecoveryCodes.Store, Name = RecoveryCodes.TokenName, Value = RecoveryCodes.Hash("7KQ2M-XBH4D-9TPCW-R3NFY") });
            await db.SaveChangesAsync();
        }

        var run = await VivaProcess.RunAsync(_dir, "user", "reset-2fa", "Ivy@Example.com", "--db", Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.Stdout.Trim().Split('\n'));
        Assert.Contains("two-factor sign-in is off", run.Stdout, StringComparison.Ordinal);
        await using var after = VivaDatabase.Create(Db);
        var user = await after.Users.SingleAsync();
        Assert.False(user.TwoFactorEnabled);
        Assert.NotEqual("OLD-STAMP", user.SecurityStamp);
        Assert.False(await after.UserTokens.AnyAsync());
    }

    [Fact]
    public async Task Reset_2fa_of_an_unknown_address_fails_with_one_line()
    {
        var run = await VivaProcess.RunAsync(_dir, "user", "reset-2fa", "nobody@example.com", "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("viva: no account has the e-mail address nobody@example.com (`viva user list` shows them)", run.Stderr.Trim());
        Assert.Empty(run.Stdout);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
