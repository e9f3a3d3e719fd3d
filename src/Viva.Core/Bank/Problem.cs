namespace Viva.Core.Bank;

/// <summary>Something wrong with a bank file, located as <c>file:line: field: message</c>.</summary>
public sealed record Problem(string File, int Line, string Field, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}
