namespace Viva.Bench;

/// <summary>One seeded candidate: their started attempt and the API token they send it with.</summary>
internal sealed record LoadSeat(int Number, string AttemptId, string Token);
