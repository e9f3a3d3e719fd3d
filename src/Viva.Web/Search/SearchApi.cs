using Viva.Web.Api;
using Viva.Web.Bank;

namespace Viva.Web.Search;

/// <summary><c>GET /api/search</c>: the search page's results as JSON.</summary>
internal static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/search", "Search");
        group.MapGet("/", (string? q, string? area, string? topic, string? level, string? tag, BankCatalog bank, int limit = 50) =>
            TypedResults.Ok(bank.Search.Find(q, SearchFilter.From(area, topic, level, tag), Math.Clamp(limit, 1, 1000))
                .Select(h => new SearchResult(h.Question.Id, h.Question.Title, h.Question.Area, h.Question.Topic, h.Question.Level.ToString().ToLowerInvariant(), h.Question.Tags, h.Score, h.Snippet))
                .ToList()))
            .WithSummary("Full-text search over titles, questions, answers, key points and tags, with filters")
            .WithDescription("Every word must match as a word prefix. `limit` caps the results (default 50, at most 1000); the best come first.");
        return app;
    }
}

internal sealed record SearchResult(string Id, string Title, string Area, string Topic, string Level, IReadOnlyList<string> Tags, double Score, string Snippet);
