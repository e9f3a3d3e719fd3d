using Viva.Core.Bank;

namespace Viva.Web.Search;

/// <summary>What a search is narrowed to; every part is optional.</summary>
internal sealed record SearchFilter(string? Area = null, string? Topic = null, Level? Level = null, string? Tag = null)
{
    /// <summary>A filter from query-string values; empty or unknown values mean "any".</summary>
    public static SearchFilter From(string? area, string? topic, string? level, string? tag) => new(
        string.IsNullOrWhiteSpace(area) ? null : area,
        string.IsNullOrWhiteSpace(topic) ? null : topic,
        Enum.TryParse<Level>(level, ignoreCase: true, out var l) ? l : null,
        string.IsNullOrWhiteSpace(tag) ? null : tag.Trim());

    public bool Matches(Question q) =>
        (Area is null || q.Area == Area) && (Topic is null || q.Topic == Topic) && (Level is null || q.Level == Level)
        && (Tag is null || q.Tags.Contains(Tag, StringComparer.OrdinalIgnoreCase));
}
