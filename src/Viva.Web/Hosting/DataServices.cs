using Viva.Core.Scheduling;
using Viva.Data;
using Viva.Data.Reviews;

namespace Viva.Web.Hosting;

/// <summary>The user's database, one context per request, and the scheduler the review log uses.</summary>
internal static class DataServices
{
    public static IServiceCollection AddVivaData(this IServiceCollection services, string? connection)
    {
        services.AddScoped<RequestOwner>();
        services.AddScoped(provider =>
        {
            var db = VivaDatabase.Create(connection);
            db.UserId = provider.GetRequiredService<RequestOwner>().Claim();
            return db;
        });
        // Fuzz on, as in `viva practice`: cards learned together should not all come back on one day.
        services.AddSingleton(new FsrsScheduler(FsrsParameters.Default with { EnableFuzz = true }));
        services.AddScoped<ReviewLog>();
        return services;
    }

    public static async Task MigrateVivaDataAsync(this WebApplication app, CancellationToken cancellationToken)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await VivaDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<VivaDb>(), cancellationToken);
    }
}
