using System.Text.Json;

namespace Viva.Core.Followups;

/// <summary>
/// The parts of a submission an interviewer asks about, as CPython's <c>ast</c> module sees them: run
/// <see cref="Script"/> (3.9 or newer, for <c>ast.unparse</c>) with the code on standard input and
/// <see cref="Parse"/> what it prints. The code itself is parsed, never run.
/// </summary>
public sealed record CodeOutline(
    IReadOnlyList<OutlinedFunction> Functions,
    IReadOnlyList<OutlinedLoop> Loops,
    IReadOnlyList<OutlinedBranch> Branches,
    IReadOnlyList<OutlinedStructure> Structures,
    IReadOnlyList<OutlinedHandler> Handlers)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The Python program that prints an outline of the program on its standard input.</summary>
    public static string Script { get; } = ReadScript();

    /// <summary>The outline the script printed, or null with the reason (a syntax error, output that is not an outline).</summary>
    public static (CodeOutline? Outline, string? Problem) Parse(string stdout)
    {
        try
        {
            var raw = JsonSerializer.Deserialize<Raw>(stdout, Json);
            if (raw is null)
                return (null, "the outline was empty");
            if (raw.Error is { } error)
                return (null, $"the code does not parse ({error})");
            return (new CodeOutline(raw.Functions ?? [], raw.Loops ?? [], raw.Branches ?? [], raw.Structures ?? [], raw.Handlers ?? []), null);
        }
        catch (JsonException e)
        {
            return (null, $"the outline is not JSON ({e.Message})");
        }
    }

    private static string ReadScript()
    {
        using var stream = typeof(CodeOutline).Assembly.GetManifestResourceStream("followups/outline.py")!;
        return new StreamReader(stream).ReadToEnd();
    }

    private sealed record Raw(string? Error, List<OutlinedFunction>? Functions, List<OutlinedLoop>? Loops, List<OutlinedBranch>? Branches,
        List<OutlinedStructure>? Structures, List<OutlinedHandler>? Handlers);
}

public sealed record OutlinedFunction(string Name, int Line, IReadOnlyList<string> Args, bool Recursive, IReadOnlyList<string> Decorators);

/// <summary>A <c>for</c>, <c>while</c> or comprehension; <see cref="Depth"/> is how many loops of the same function enclose it.</summary>
public sealed record OutlinedLoop(string Kind, int Line, string? Target, string? Over, int Depth, string? Function);

public sealed record OutlinedBranch(string Test, int Line, string? Function);

/// <summary>A container the code builds: dict, set, list, deque, Counter, defaultdict, heap, ...</summary>
public sealed record OutlinedStructure(string Kind, string Name, int Line, string? Function);

public sealed record OutlinedHandler(string Exception, int Line, string? Function);
