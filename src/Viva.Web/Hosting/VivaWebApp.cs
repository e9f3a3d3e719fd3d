using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Viva.Web.Accounts;
using Viva.Web.Api;
using Viva.Web.Assessments;
using Viva.Web.Bank;
using Viva.Web.Calibration;
using Viva.Web.Cohorts;
using Viva.Web.Interchange;
using Viva.Web.Interviews;
using Viva.Web.Layout;
using Viva.Web.Questions;
using Viva.Web.Quiz;
using Viva.Web.Review;
using Viva.Web.Running;
using Viva.Web.Search;

namespace Viva.Web.Hosting;

/// <summary>
/// The web app's composition, read as a table of contents: one line per concern, the detail in small
/// extension methods next to the feature that needs it.
/// </summary>
public static class VivaWebApp
{
    public static WebApplication Create(VivaWebOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(VivaWebApp).Assembly.GetName().Name });
        // Local single-user mode: loopback only, and only loopback host names (no DNS rebinding).
        // Any other address needs accounts: nobody reaches the data without signing in.
        if (!options.MultiUser && !IPAddress.IsLoopback(options.ListenAddress))
            throw new ArgumentException($"listening on {options.ListenAddress} needs multi-user mode (--multi-user): without accounts anyone on the network could read and change the data");
        builder.WebHost.UseKestrel(k => k.Listen(options.ListenAddress, options.Port));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Readiness>();
        builder.Services.AddVivaData(options.Database);
        builder.Services.AddBank(options.BankPaths);
        builder.Services.AddCodeRunner(options);
        builder.Services.AddSecurity();
        if (options.MultiUser)
        {
            builder.Services.AddVivaAccounts();
            builder.Services.AddHostedService<AssessmentSweeper>();
        }
        if (options.Smtp is not null)
            builder.Services.AddSingleton<Notifications.Mailer>();
        builder.Services.AddProblemDetails();
        builder.Services.AddVivaOpenApi();
        builder.Services.AddRazorComponents();
        builder.Services.AddSingleton<PageTemplates>();
        builder.Services.AddSingleton<CalibrationCache>();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            // Numbers are numbers: the web default also reads "3" for 3, which makes every number in the
            // OpenAPI schemas "integer or string".
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        // Per-request Information logs (request start/finish, endpoint, SQL) cost more than rendering a page.
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseReadiness();
        app.UseExceptionHandler();
        // ProblemDetails bodies for the API; pages render their own "not found" text.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseSecurityHeaders(loopbackHostsOnly: !options.MultiUser);
        // A page request that ends without a body (an unknown path) gets the styled page of its status;
        // before routing, so the re-executed request is routed anew.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        // Before the stale-form check, which validates antiforgery tokens and so must know who is signed in.
        if (options.MultiUser)
            app.UseVivaAccounts();
        app.UseStaleFormRescue();
        app.Use(app.Services.GetRequiredService<PageTemplates>().InvokeAsync);
        // Routing after the page cache, which answers most page views without needing an endpoint.
        app.UseRouting();
        app.UseVivaStaticFiles();
        app.UseRunQuota(options);
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapOpenApi();
        app.MapApiReference();
        app.MapRunApi();
        app.MapReviewApi();
        app.MapQuizApi();
        app.MapAnswerApi();
        app.MapSearchApi();
        app.MapInterviewApi();
        app.MapAttemptApi();
        app.MapInterchangeExport();
        app.MapCohortExport();
        app.MapRazorComponents<App>();
        return app;
    }

    /// <summary>
    /// Starts the app and returns the URL it listens on. Kestrel starts while the bank loads, the
    /// database migrates and the installed Pythons are found on other threads; requests wait at the <see cref="Readiness"/> gate until both are
    /// done, so the first answer comes after the slowest of the three rather than after their sum.
    /// A failed migration is thrown here.
    /// </summary>
    public static async Task<string> StartAsync(WebApplication app, bool migrate = true, CancellationToken cancellationToken = default)
    {
        var readiness = app.Services.GetRequiredService<Readiness>();
        var bank = Task.Run(() => app.Services.GetRequiredService<BankCatalog>(), cancellationToken);
        var database = migrate ? Task.Run(() => app.MigrateVivaDataAsync(cancellationToken), cancellationToken) : Task.CompletedTask;
        // Finding the installed Pythons starts one of each; done beside the bank, it costs no extra wait.
        var pythons = Task.Run(() => app.Services.GetRequiredService<CodeRunner>().Installed, cancellationToken);
        readiness.Track(Task.WhenAll(bank, database, pythons));
        await app.StartAsync(cancellationToken);
        await readiness.Ready;
        app.Services.GetRequiredService<CodeRunner>().WarmInBackground();
        return app.Urls.First().TrimEnd('/');
    }
}
