using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Viva.Sandbox;
using Viva.Web.Hosting;
using Viva.Web.Running;

namespace Viva.Web.Api;

/// <summary><c>POST /api/run</c>: runs a program in the sandbox and returns its result object; limited by <see cref="RunServices"/>.</summary>
internal static class RunApi
{
    public static IEndpointRouteBuilder MapRunApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup(RunServices.RunPath, "Run");
        group.MapPost("/", RunAsync)
            .WithSummary("Run Python code in the sandbox")
            .WithDescription("Code is limited to 64 KiB (65,536 characters) and 5 s of wall-clock time; output is capped at 1 MiB per stream. Beyond the run rate or concurrency limit the answer is 429 with Retry-After.")
            .WithMetadata(new RequestSizeLimitAttribute(256 * 1024))
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Results<Ok<RunResponse>, ValidationProblem, ProblemHttpResult>> RunAsync(
        RunBody body, CodeRunner runner, VivaWebOptions options, CancellationToken cancellationToken)
    {
        if (body.Code is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["Code is required."] });
        if (body.Code.Length > options.MaxCodeLength)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = [$"Code is limited to {options.MaxCodeLength} characters; this is {body.Code.Length}."] });
        try
        {
            return TypedResults.Ok(RunResponse.From(await runner.RunAsync(body.Code, null, cancellationToken)));
        }
        catch (SandboxBusyException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "The sandbox is busy", detail: e.Message);
        }
        catch (SandboxUnavailableException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The sandbox is unavailable", detail: e.Message);
        }
    }
}

/// <summary>What to run.</summary>
internal sealed record RunBody(string? Code);

/// <summary>The sandbox's result: how the run ended, its output (plain text, never HTML) and its timing.</summary>
internal sealed record RunResponse(RunStatus Status, int? ExitCode, string Stdout, string Stderr, long StdoutBytes, long StderrBytes, double WallMs, double CpuMs)
{
    public static RunResponse From(RunResult r) => new(r.Status, r.ExitCode, r.Stdout, r.Stderr, r.StdoutBytes, r.StderrBytes, Math.Round(r.WallMs, 1), Math.Round(r.CpuMs, 1));
}
