namespace Viva.Core.Bank;

/// <summary>A group of topics, such as "Concurrency &amp; async".</summary>
public sealed record Area(string Id, string Title, IReadOnlyList<Topic> Topics)
{
    public bool HasTopic(string id) => Topics.Any(t => t.Id == id);
}
