using Viva.Core.Bank;

namespace Viva.Core.Interviews;

/// <summary>
/// What one score of the 1-4 scorecard means for one question: a line naming that question's own key
/// points (Markdown), and the points it names, so a page can mark them in the checklist.
/// </summary>
public sealed record ScoreAnchor(int Score, string Text, IReadOnlyList<KeyPoint> KeyPoints);
