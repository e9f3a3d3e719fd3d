namespace Viva.Cli.Fsrs;

/// <summary>What is wrong with a replay file; caught in <see cref="ReplayFile.Parse"/> and never escapes it.</summary>
internal sealed class ReplayFileException(string message) : Exception(message);
