using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Viva.Data.Accounts;
using Viva.Web.Hosting;
using Viva.Web.Tests.Infrastructure;

namespace Viva.Web.Tests.Api;

/// <summary>
/// A user's runs per minute hold across web nodes: two apps on one database, the user's runs spread over both,
/// and the quota is the user's, not each node's. Another user is unaffected.
/// </summary>
public sealed class RunQuotaTests(RunQuotaTests.TwoNodes nodes, ITestOutputHelper output) : IClassFixture<RunQuotaTests.TwoNodes>
{
    private const int Quota = 3;

    [Fact]
    public async Task A_users_runs_beyond_the_quota_get_429_on_every_node_and_another_user_still_runs()
    {
        nodes.A.LogTo(output);
        var alice = await TokenAsync("alice");
        var bob = await TokenAsync("bob");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Quota + 2; i++)
        {
            using var response = await RunAsync(i % 2 == 0 ? nodes.A : nodes.B, alice);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.InRange(int.Parse(response.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }
        using var other = await RunAsync(nodes.B, bob);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, Quota), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private async Task<string> TokenAsync(string name)
    {
        await using var db = nodes.A.OpenDatabase();
        var user = new VivaUser { UserName = $"{name}-{Guid.NewGuid():N}@example.com", Email = $"{name}@example.com", CreatedAt = 0 };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return (await ApiTokens.CreateAsync(db, user.Id, "runs", [ApiScopes.Read, ApiScopes.Write], ApiTokens.DefaultLifetime, nodes.A.Clock.GetUtcNow())).Secret;
    }

    private static async Task<HttpResponseMessage> RunAsync(VivaAppFixture node, string token)
    {
        using var http = new HttpClient { BaseAddress = new Uri(node.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.PostAsJsonAsync(new Uri("/api/run", UriKind.Relative), new { code = "print(1)" });
    }

    /// <summary>Two multi-user web nodes sharing one database, each with a quota of three runs a minute per user.</summary>
    public sealed class TwoNodes : IAsyncLifetime
    {
        private static VivaWebOptions Tight(VivaWebOptions o) => o with { MultiUser = true, RunsPerUserPerMinute = Quota };

        public VivaAppFixture A { get; } = new() { Configure = Tight };

        public VivaAppFixture B { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await A.InitializeAsync();
            B = new SecondNode(A.Database) { Configure = Tight };
            // One time on both nodes, so the quota's minute is the same window on each.
            B.Clock.Advance(A.Clock.GetUtcNow() - B.Clock.GetUtcNow());
            await B.InitializeAsync();
        }

        public async Task DisposeAsync()
        {
            await B.DisposeAsync();
            await A.DisposeAsync();
        }
    }

    private sealed class SecondNode(string database) : VivaAppFixture
    {
        protected override Task<string> CreateDatabaseAsync() => Task.FromResult(database);
    }
}
