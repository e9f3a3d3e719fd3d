namespace Viva.Core.Bank;

/// <summary>A topic inside an area, such as "The GIL".</summary>
public sealed record Topic(string Id, string Title);
