using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Viva.Sandbox;
using Viva.Web.Dispatch;
using Viva.Web.Hosting;

namespace Viva.Web.Running;

/// <summary>
/// The runner and its admission control: at most <see cref="VivaWebOptions.RunConcurrency"/> runs at once with
/// a short queue, and a token bucket of <see cref="VivaWebOptions.RunsPerSecond"/>; beyond either, a 429
/// ProblemDetails with Retry-After instead of an ever-growing wait.
/// </summary>
internal static class RunServices
{
    public const string RunPath = "/api/run";

    public static IServiceCollection AddCodeRunner(this IServiceCollection services, VivaWebOptions options)
    {
        services.AddSingleton(provider => new CodeRunner(PythonInterpreter.Installed, options.PythonVersion, options.Nats is null
            ? new LocalDispatcher(new SandboxOptions { Slots = options.RunConcurrency, QueueLimit = options.RunConcurrency * 4 })
            : new NatsDispatcher(provider.GetRequiredService<NATS.Client.Core.INatsConnection>(),
                () => Data.VivaDatabase.Create(options.Database), provider.GetRequiredService<TimeProvider>())));
        if (options.Nats is not null)
            services.AddSingleton<NATS.Client.Core.INatsConnection>(_ => new NATS.Client.Core.NatsConnection(new NATS.Client.Core.NatsOpts { Url = options.Nats.ToString(), Name = "viva-web" }));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsRun(context)
                    ? RateLimitPartition.GetConcurrencyLimiter("run", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = options.RunConcurrency,
                        QueueLimit = options.RunConcurrency,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })
                    : RateLimitPartition.GetNoLimiter("other")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsRun(context)
                    ? RateLimitPartition.GetTokenBucketLimiter("run", _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = options.RunsPerSecond,
                        TokensPerPeriod = Math.Max(1, options.RunsPerSecond / 10),
                        ReplenishmentPeriod = TimeSpan.FromMilliseconds(100),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter("other")));
            limiter.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                await context.HttpContext.Response.WriteAsJsonAsync(new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "The sandbox is busy",
                    Detail = "Too many runs at once; retry in a second.",
                }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
            };
        });
        return services;
    }

    /// <summary>
    /// Each user's runs per minute (<see cref="VivaWebOptions.RunsPerUserPerMinute"/>) in multi-user mode. The
    /// limiters above protect this node's sandbox; this quota is the user's across all nodes, so it is counted in
    /// the database (<see cref="Data.Limits.RateCounters"/>), not in the process.
    /// </summary>
    public static IApplicationBuilder UseRunQuota(this IApplicationBuilder app, VivaWebOptions options) => app.Use(async (context, next) =>
    {
        // The signed-in user, by session cookie or API token (a token's owner is not the request's RequestOwner).
        if (!options.MultiUser || !IsRun(context) || context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is not { } userId)
        {
            await next(context);
            return;
        }
        var services = context.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var window = TimeSpan.FromMinutes(1);
        if (await Data.Limits.RateCounters.TryTakeAsync(services.GetRequiredService<Data.VivaDb>(), $"runs:{userId}",
                options.RunsPerUserPerMinute, window, now, context.RequestAborted))
        {
            await next(context);
            return;
        }
        var secondsLeft = 60 - now.ToUnixTimeSeconds() % 60;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = secondsLeft.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await context.Response.WriteAsJsonAsync(new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Run quota used up",
            Detail = $"You may start {options.RunsPerUserPerMinute} runs a minute; retry in {secondsLeft} s.",
        }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", context.RequestAborted);
    });

    private static bool IsRun(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && (context.Request.Path.StartsWithSegments(RunPath) || context.Request.Path.StartsWithSegments("/exercises"));
}
