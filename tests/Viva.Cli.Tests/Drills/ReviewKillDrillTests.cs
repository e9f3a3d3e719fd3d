using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Viva.Core.Scheduling;
using Viva.Data;
using Viva.Data.Accounts;
using Viva.Data.Reviews;
using Viva.Tests.Shared;
using Xunit.Abstractions;

namespace Viva.Cli.Tests.Drills;

/// <summary>
/// The kill drill of scale-out: four clients rate the same cards through two web nodes on one PostgreSQL database
/// while the nodes are SIGKILLed and started again. Every review a client got a 200 for is in the log, nothing is
/// in the log that no client sent, and the card projection equals what a replay of the log computes.
/// </summary>
public sealed class ReviewKillDrillTests(PostgresServer server, ITestOutputHelper output) : IClassFixture<PostgresServer>, IDisposable
{
    private static readonly string[] Cards = ["gil", "generators", "descriptors"];
    private readonly string _dir = Directory.CreateTempSubdirectory("viva-drill-").FullName;

    [Fact]
    public async Task Reviews_posted_to_two_nodes_that_are_killed_and_restarted_are_all_logged_and_replay_to_the_projection()
    {
        var database = await server.CreateDatabaseAsync();
        var (userId, token) = await UserWithTokenAsync(database);
        await using var a = new WebNode(database, FreePort(), _dir);
        await using var b = new WebNode(database, FreePort(), _dir);
        await Task.WhenAll(a.StartAsync(), b.StartAsync());
        WebNode[] nodes = [a, b];

        var attempted = new ConcurrentBag<int>();
        var acknowledged = new ConcurrentBag<int>();
        using var stop = new CancellationTokenSource();
        var clients = Enumerable.Range(0, 4).Select(c => Task.Run(async () =>
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var random = new Random(c);
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                // The duration is the review's tag: unique per request, stored in the log with it.
                var tag = c * 1_000_000 + i;
                attempted.Add(tag);
                try
                {
                    using var response = await http.PostAsJsonAsync(new Uri(nodes[(c + i) % 2].BaseUrl, "/api/reviews"),
                        new { questionId = Cards[random.Next(Cards.Length)], rating = random.Next(1, 5), durationMs = tag, revealed = true });
                    if (response.StatusCode == HttpStatusCode.OK)
                        acknowledged.Add(tag);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // The node died with the request in flight: it may or may not have been applied.
                }
            }
        })).ToList();

        var kills = 0;
        for (var round = 0; round < 6; round++)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            var victim = nodes[round % 2];
            await victim.KillAsync();
            kills++;
            await victim.StartAsync();
        }
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        await using var db = VivaDatabase.Create(database);
        db.UserId = userId;
        var logged = await db.Reviews.AsNoTracking().Select(r => r.DurationMs).ToListAsync();
        output.WriteLine($"{kills} kills; {attempted.Count} reviews sent, {acknowledged.Count} acknowledged, {logged.Count} in the log");
        Assert.Equal(6, kills);
        Assert.True(acknowledged.Count >= 100, $"only {acknowledged.Count} reviews were acknowledged: the drill did not drive the nodes");
        Assert.Empty(acknowledged.Except(logged));
        Assert.Empty(logged.Except(attempted));
        Assert.Equal(logged.Count, logged.Distinct().Count());

        var projected = await db.Cards.AsNoTracking().OrderBy(c => c.QuestionId).ToListAsync();
        await new ReviewLog(db, new FsrsScheduler(FsrsParameters.Default with { EnableFuzz = true })).RebuildAsync();
        var replayed = await db.Cards.AsNoTracking().OrderBy(c => c.QuestionId).ToListAsync();
        Assert.Equal(Cards.Order(StringComparer.Ordinal), projected.Select(c => c.QuestionId));
        Assert.Equal(projected.Select(ReviewLog.ToState), replayed.Select(ReviewLog.ToState));
    }

    private static async Task<(string UserId, string Token)> UserWithTokenAsync(string database)
    {
        await using var db = VivaDatabase.Create(database);
        await VivaDatabase.MigrateAsync(db);
        var user = new VivaUser { UserName = "drill@example.com", Email = "drill@example.com", CreatedAt = 0 };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        var (_, secret) = await ApiTokens.CreateAsync(db, user.Id, "drill", [ApiScopes.Read, ApiScopes.Write], ApiTokens.DefaultLifetime, DateTimeOffset.UtcNow);
        return (user.Id, secret);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
