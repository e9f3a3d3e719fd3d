using Viva.Core.Bank;

namespace Viva.Core.Tests.Interviews;

/// <summary>Small made-up questions, for banks shaped to corner the proposer.</summary>
internal static class FakeQuestion
{
    public static Question Make(string id, string area, Level level, int minutes, params int[] weights) => new()
    {
        Id = id,
        Title = id,
        Area = area,
        Topic = area + "-topic",
        Level = level,
        Tags = [],
        Minutes = minutes,
        Python = PythonRange.Any,
        Prompt = new Section("?", 1),
        Answer = new Section("!", 1),
        KeyPoints = weights.Select((w, i) => new KeyPoint(w, $"Point {i + 1} of {id}, with some detail.", i + 1)).ToList(),
        FollowUps = [],
        Pitfalls = [],
        Examples = [],
        Quiz = [],
        SourcePath = id + ".md",
        ContentHash = id,
    };
}
