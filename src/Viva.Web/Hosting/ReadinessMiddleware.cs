namespace Viva.Web.Hosting;

internal static class ReadinessMiddleware
{
    public static IApplicationBuilder UseReadiness(this IApplicationBuilder app)
    {
        var readiness = app.ApplicationServices.GetRequiredService<Readiness>();
        return app.Use(async (context, next) =>
        {
            if (!readiness.Ready.IsCompletedSuccessfully)
                await readiness.Ready.WaitAsync(context.RequestAborted);
            await next(context);
        });
    }
}
