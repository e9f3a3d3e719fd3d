namespace Viva.Core.Interchange.Gift;

/// <summary>Unwinds the parser to its entry point at the first syntax error; never escapes <see cref="GiftParser"/>.</summary>
internal sealed class GiftSyntaxException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}
