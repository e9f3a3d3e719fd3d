using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
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
        var group = app.MapApiGroup(RunServices.RunPath, "Run", "Run a program in the sandbox on any installed CPython, as the run buttons of the pages do.");
        group.MapPost("/", RunAsync).WithName("runCode")
            .WithSummary("Run Python code in the sandbox")
            .WithDescription("`python` picks an installed CPython by major.minor (e.g. \"3.12\"; a 400 lists the installed ones); the response names the version that ran. Code is limited to 64 KiB (65,536 characters) and 5 s of wall-clock time; output is capped at 1 MiB per stream. `stdin` is the text the program reads from standard input (within the 256 KiB body). Beyond the run rate or concurrency limit the answer is 429 with Retry-After.")
            .WithMetadata(new RequestSizeLimitAttribute(256 * 1024))
            .WithRequestExample(new RunBody("name = input()\nprint(f'Hello, {name}!', sum(range(10)))", Stdin: "Ada\n"))
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/{id}", ResultAsync).WithName("getRun")
            .WithSummary("A dispatched run's result, from any web node")
            .WithDescription("Behind `--nats` a run is a stored row, and `runCodeLive` names it in its first `run` event. If the node holding that stream goes away, ask any node for the run by its id: the answer waits while the run is queued or running (until its deadline), then is the result object `runCode` returns. Only the run's owner finds it; embedded runs (no `--nats`) are not stored and are never found.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPost("/live", LiveAsync).WithName("runCodeLive")
            .WithSummary("Run Python code in the sandbox, with its output as it is written")
            .WithDescription("As `runCode`, answered as server-sent events: behind `--nats` first a `run` event naming the stored run (`data` {\"id\": ...}, for `getRun` if this connection is lost), then `output` events while the program runs (each `data` a JSON string of standard output written since the last one, a few times a second; best effort), then one `result` event whose `data` is the same result object `runCode` returns (its `stdout` is the whole output, and the one to trust). A run refused before it starts (busy, unavailable, invalid) is answered as `runCode` answers it: 429, 503 or 400 with a problem, not a stream.")
            .WithMetadata(new RequestSizeLimitAttribute(256 * 1024))
            .WithRequestExample(new RunBody("import time\nfor i in range(3):\n    print(i, flush=True)\n    time.sleep(0.5)"))
            .Produces<string>(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Results<Ok<RunResponse>, ValidationProblem, ProblemHttpResult>> RunAsync(
        RunBody body, CodeRunner runner, VivaWebOptions options, HttpContext context, CancellationToken cancellationToken)
    {
        if (Invalid(body, runner, options, out var python) is { } invalid)
            return invalid;
        try
        {
            var result = await runner.RunAsync(body.Code!, null, python, cancellationToken, body.Stdin ?? "", owner: Owner(context));
            return TypedResults.Ok(RunResponse.From(result, python ?? runner.Default!));
        }
        catch (Exception e) when (Refusal(e, context) is { } refused)
        {
            return refused;
        }
    }

    private static async Task<IResult> LiveAsync(RunBody body, CodeRunner runner, VivaWebOptions options, HttpContext context, CancellationToken cancellationToken)
    {
        if (Invalid(body, runner, options, out var python) is { } invalid)
            return invalid;
        var json = context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var live = Channel.CreateUnbounded<SseItem<string>>(new UnboundedChannelOptions { SingleReader = true });
        var run = runner.RunAsync(body.Code!, null, python, cancellationToken, body.Stdin ?? "",
            text => live.Writer.TryWrite(new SseItem<string>(JsonSerializer.Serialize(text, json), "output")), Owner(context),
            id => live.Writer.TryWrite(new SseItem<string>(JsonSerializer.Serialize(new RunTicket(id), json), "run")));
        _ = run.ContinueWith(_ => live.Writer.TryComplete(), TaskScheduler.Default);
        // Refused before anything ran (a full queue, no sandbox): the same answer as runCode, not a stream.
        await Task.WhenAny(run, live.Reader.WaitToReadAsync(cancellationToken).AsTask());
        if (run is { IsFaulted: true, Exception.InnerException: { } failure } && Refusal(failure, context) is { } refused)
            return refused;
        return TypedResults.ServerSentEvents(Events(run, live.Reader, python ?? runner.Default!, json));
    }

    private static async IAsyncEnumerable<SseItem<string>> Events(Task<RunResult> run, ChannelReader<SseItem<string>> live, PythonInterpreter python, JsonSerializerOptions json)
    {
        await foreach (var item in live.ReadAllAsync())
            yield return item;
        RunResult? result = null;
        string? failure = null;
        try
        {
            result = await run;
        }
        catch (Exception e) when (e is SandboxBusyException or SandboxUnavailableException)
        {
            failure = e.Message; // refused after its output began: said in the stream, which is already 200
        }
        yield return result is null
            ? new SseItem<string>(JsonSerializer.Serialize(new ProblemDetails { Title = "The run did not finish", Detail = failure }, json), "problem")
            : new SseItem<string>(JsonSerializer.Serialize(RunResponse.From(result, python), json), "result");
    }

    /// <summary>
    /// A dispatched run's result, from any node: waits while it is queued or running (until its deadline), then answers as
    /// runCode does. Only its owner finds it (404 for anyone else, as for an id that does not exist).
    /// </summary>
    private static async Task<Results<Ok<RunResponse>, ValidationProblem, ProblemHttpResult>> ResultAsync(
        string id, CodeRunner runner, Data.VivaDb db, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var runId))
            return ApiProblems.Invalid("id", $"'{id}' is not a run id.");
        while (true)
        {
            var row = await Data.Dispatch.RunStore.FindAsync(db, runId, cancellationToken);
            if (row is null || row.Owner != Owner(context))
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown run", detail: $"There is no run with the id '{id}' of yours.");
            if (Dispatch.DispatchWire.StoredReply(row) is { } reply)
            {
                return reply.Result is { } result
                    ? TypedResults.Ok(RunResponse.From(result, runner.Find(row.Python) ?? runner.Default!))
                    : TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The sandbox is unavailable", detail: reply.Failure);
            }
            if (clock.GetUtcNow().ToUnixTimeMilliseconds() > row.Deadline)
                return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The sandbox is unavailable", detail: "no sandbox worker finished the run in time");
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    /// <summary>Whose run this is: the signed-in person in multi-user mode, nobody (the one local user) otherwise.</summary>
    private static string? Owner(HttpContext context) =>
        context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;

    private static ValidationProblem? Invalid(RunBody body, CodeRunner runner, VivaWebOptions options, out PythonInterpreter? python)
    {
        python = null;
        if (body.Code is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["Code is required."] });
        if (body.Code.Length > options.MaxCodeLength)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = [$"Code is limited to {options.MaxCodeLength} characters; this is {body.Code.Length}."] });
        if (body.Python is not null && (python = runner.Find(body.Python)) is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["python"] = [$"Python {body.Python} is not installed here; installed: {string.Join(", ", runner.Installed.Select(CodeRunner.VersionName))}."] });
        return null;
    }

    private static ProblemHttpResult? Refusal(Exception e, HttpContext context)
    {
        switch (e)
        {
            case SandboxBusyException:
                // A full pool queue here, or a full JetStream work queue behind `--nats`: either way, try again shortly.
                context.Response.Headers.RetryAfter = "1";
                return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "The sandbox is busy", detail: e.Message);
            case SandboxUnavailableException:
                return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The sandbox is unavailable", detail: e.Message);
            default:
                return null;
        }
    }
}

/// <summary>A dispatched run, named so that any web node can answer for it.</summary>
/// <param name="Id">The run's id (UUIDv7), for <c>GET /api/run/{id}</c>.</param>
internal sealed record RunTicket(Guid Id);

/// <summary>What to run, on which installed CPython, and the text its standard input reads.</summary>
/// <param name="Code">The program, as the file <c>main.py</c>; at most 65,536 characters.</param>
/// <param name="Python">An installed CPython by major.minor, e.g. "3.12"; the server's default when omitted.</param>
/// <param name="Stdin">What the program reads from standard input; empty when omitted.</param>
internal sealed record RunBody(string? Code, string? Python = null, string? Stdin = null);

/// <summary>The sandbox's result: how the run ended, its output (plain text, never HTML), its timing, and the Python version that ran it.</summary>
/// <param name="Status">How the run ended: ok, error (an exception or a non-zero exit), timeout, memory, outputLimit, killed.</param>
/// <param name="ExitCode">The program's exit status (128+N for death by signal N); null when it has none.</param>
/// <param name="Stdout">Standard output, cut at 1 MiB.</param>
/// <param name="Stderr">Standard error, cut at 1 MiB; tracebacks name the file main.py.</param>
/// <param name="StdoutBytes">Bytes the program wrote to standard output, including any cut off.</param>
/// <param name="StderrBytes">Bytes the program wrote to standard error, including any cut off.</param>
/// <param name="WallMs">Wall-clock time of the run, in milliseconds.</param>
/// <param name="CpuMs">CPU time of the run, in milliseconds.</param>
/// <param name="Python">The version that ran it, e.g. "3.12.8".</param>
internal sealed record RunResponse(RunStatus Status, int? ExitCode, string Stdout, string Stderr, long StdoutBytes, long StderrBytes, double WallMs, double CpuMs, string Python)
{
    public static RunResponse From(RunResult r, PythonInterpreter python) =>
        new(r.Status, r.ExitCode, r.Stdout, r.Stderr, r.StdoutBytes, r.StderrBytes, Math.Round(r.WallMs, 1), Math.Round(r.CpuMs, 1), python.Version.ToString(3));
}
