using Viva.Core.Bank;

namespace Viva.Web.Search;

/// <summary>One search result: the question, its score, and a short plain-text snippet around the first match.</summary>
internal sealed record SearchHit(Question Question, double Score, string Snippet);
