namespace Viva.Core.Bank;

/// <summary>One option of a choice item, with why it is right or wrong.</summary>
public sealed record ChoiceOption(string Text, bool Correct, string Explanation, int Line);
