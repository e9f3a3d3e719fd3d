namespace Viva.Core.Bank;

/// <summary>One point of the rubric: what a good answer says, and how much it weighs.</summary>
public sealed record KeyPoint(int Weight, string Text, int Line);
