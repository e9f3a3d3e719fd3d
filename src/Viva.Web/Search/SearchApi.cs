using System.ComponentModel;
using Viva.Web.Api;
using Viva.Web.Bank;

namespace Viva.Web.Search;

/// <summary><c>GET /api/search</c>: the search page's results as JSON.</summary>
internal static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/search", "Search", "Full-text search over the bank's questions, with area, topic, level and tag filters.");
        group.MapGet("/", (
                [Description("Words to find; each must match a word's start. Empty: every question matching the filters.")] string? q,
                [Description("An area id from bank.yml, e.g. \"language\".")] string? area,
                [Description("A topic id within the area, e.g. \"data-model\".")] string? topic,
                [Description("mid, senior or staff.")] string? level,
                [Description("A tag, e.g. \"asyncio\".")] string? tag,
                BankCatalog bank,
                [Description("At most this many results, best first (1 to 1000).")] int limit = 50) =>
            TypedResults.Ok(bank.Search.Find(q, SearchFilter.From(area, topic, level, tag), Math.Clamp(limit, 1, 1000))
                .Select(h => new SearchResult(h.Question.Id, h.Question.Title, h.Question.Area, h.Question.Topic, h.Question.Level.ToString().ToLowerInvariant(), h.Question.Tags, h.Score, h.Snippet))
                .ToList()))
            .WithName("searchBank")
            .WithSummary("Search the bank")
            .WithDescription("Full-text search over titles, questions, answers, key points and tags, with filters. Every word must match as a word prefix. `limit` caps the results (default 50, at most 1000); the best come first. Unknown filter values match nothing.");
        return app;
    }
}

/// <summary>One matching question.</summary>
/// <param name="Id">The question's id, as in /questions/{id}.</param>
/// <param name="Title">Its title.</param>
/// <param name="Area">Its area id.</param>
/// <param name="Topic">Its topic id.</param>
/// <param name="Level">mid, senior or staff.</param>
/// <param name="Tags">Its tags.</param>
/// <param name="Score">How well it matches; higher is better.</param>
/// <param name="Snippet">Plain text around the first match.</param>
internal sealed record SearchResult(string Id, string Title, string Area, string Topic, string Level, IReadOnlyList<string> Tags, double Score, string Snippet);
