namespace Viva.Sandbox;

/// <summary>The outcome of one run. Output is cleaned for display; the byte counts are of the raw output.</summary>
public sealed record RunResult(
    RunStatus Status,
    int? ExitCode,
    string Stdout,
    string Stderr,
    long StdoutBytes,
    long StderrBytes,
    double WallMs,
    double CpuMs,
    IReadOnlyList<TestOutput> Tests);
