using System.Net;
using Viva.Web.Tests.Infrastructure;

namespace Viva.Web.Tests.Api;

/// <summary>Beyond the run limits, /api/run answers a clean 429 with Retry-After instead of queueing without end.</summary>
public sealed class RunLimitTests : IClassFixture<RunLimitTests.TightLimits>
{
    private readonly VivaAppFixture _app;

    public RunLimitTests(TightLimits app, ITestOutputHelper output)
    {
        _app = app.App;
        _app.LogTo(output);
    }

    [Fact]
    public async Task Runs_beyond_capacity_get_429_with_retry_after_and_the_rest_succeed()
    {
        using var client = await new ApiClient(_app.BaseUrl).WithTokenAsync();
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.PostJsonAsync("/api/run", new { code = "import time; time.sleep(0.3)" })));
        try
        {
            Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
            var rejected = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
            Assert.NotEmpty(rejected);
            Assert.All(rejected, r => Assert.Equal("1", r.Headers.RetryAfter?.ToString()));
            Assert.All(rejected, r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
            Assert.Equal(12, responses.Count(r => r.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests));
        }
        finally
        {
            foreach (var r in responses)
                r.Dispose();
        }
    }

    /// <summary>An app that runs one program at a time, queues one, and allows four runs per second.</summary>
    public sealed class TightLimits : IAsyncLifetime, IDisposable
    {
        public VivaAppFixture App { get; } = new() { Configure = o => o with { RunConcurrency = 1, RunsPerSecond = 4 } };

        public Task InitializeAsync() => App.InitializeAsync();

        public Task DisposeAsync() => App.DisposeAsync();

        public void Dispose() => App.Dispose();
    }
}
