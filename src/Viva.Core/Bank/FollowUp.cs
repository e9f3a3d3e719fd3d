namespace Viva.Core.Bank;

/// <summary>A deeper question an interviewer may ask next, with a short answer.</summary>
public sealed record FollowUp(string Question, string Answer, int Line);
