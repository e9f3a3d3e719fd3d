namespace Viva.Core.Bank;

/// <summary>The seniority a question targets.</summary>
public enum Level
{
    Mid,
    Senior,
    Staff,
}
