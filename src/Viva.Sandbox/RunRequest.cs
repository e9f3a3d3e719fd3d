namespace Viva.Sandbox;

/// <summary>What to run: a program, its standard input and limits, and optionally hidden tests to run after it.</summary>
public sealed record RunRequest
{
    public required string Code { get; init; }
    public string Stdin { get; init; } = "";
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);
    public int MemoryMb { get; init; } = 256;
    /// <summary>
    /// When set, each test's code runs after the program in a copy of its globals and its <c>result</c>
    /// variable comes back as strict JSON in <see cref="RunResult.Tests"/>; the host compares.
    /// </summary>
    public IReadOnlyList<TestInput>? Tests { get; init; }

    /// <summary>
    /// When set, receives the program's standard output as it is written (a few times a second, in order, cut at the
    /// output cap). Only a view of progress: <see cref="RunResult.Stdout"/> is the whole output and the one to trust.
    /// </summary>
    public Action<string>? Output { get; init; }
}
