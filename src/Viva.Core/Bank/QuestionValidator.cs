using System.Text.Json;
using System.Text.RegularExpressions;

namespace Viva.Core.Bank;

/// <summary>
/// The rules a parsed question must meet beyond its syntax: a known area and topic, a file named after
/// its id, and the bank's standard of depth (rubric size, follow-ups, examples, quiz items).
/// </summary>
public static partial class QuestionValidator
{
    public const int MinKeyPoints = 4, MaxKeyPoints = 8, MinFollowUps = 2, MinExamples = 1, MinQuizItems = 3, MinWrongSolutions = 3;

    /// <summary>Every rule <paramref name="q"/> breaks; <paramref name="relativePath"/> is its path under the bank root, when it has one.</summary>
    public static IEnumerable<Problem> Validate(Question q, Taxonomy? taxonomy, string? relativePath)
    {
        var file = q.SourcePath;
        Problem At(int line, string field, string message) => new(file, line, field, message);

        if (!Slug().IsMatch(q.Id))
            yield return At(2, "id", $"'{q.Id}' must be lowercase words joined by hyphens");
        if (Path.GetFileNameWithoutExtension(file) != q.Id)
            yield return At(2, "id", $"'{q.Id}' must match the file name ({Path.GetFileName(file)})");
        if (taxonomy is not null)
        {
            var area = taxonomy.FindArea(q.Area);
            if (area is null)
                yield return At(4, "area", $"unknown area '{q.Area}' (known: {string.Join(", ", taxonomy.Areas.Select(a => a.Id))})");
            else if (!area.HasTopic(q.Topic))
                yield return At(5, "topic", $"unknown topic '{q.Topic}' in area '{q.Area}' (known: {string.Join(", ", area.Topics.Select(t => t.Id))})");
            var folder = relativePath?.Split(Path.DirectorySeparatorChar) is [var dir, _] ? dir : null;
            if (area is not null && folder != q.Area)
                yield return At(4, "area", $"a question of area '{q.Area}' lives in {q.Area}/{q.Id}.md");
        }
        if (q.Tags.Count == 0)
            yield return At(7, "tags", "give at least one tag");
        foreach (var tag in q.Tags.Where(t => !Slug().IsMatch(t)))
            yield return At(7, "tags", $"'{tag}' must be lowercase words joined by hyphens");

        if (q.KeyPoints.Count is < MinKeyPoints or > MaxKeyPoints)
            yield return At(q.Answer.Line, "Key points", $"has {q.KeyPoints.Count} key points; a rubric has {MinKeyPoints} to {MaxKeyPoints}");
        if (q.FollowUps.Count < MinFollowUps)
            yield return At(q.Answer.Line, "Follow-ups", $"has {q.FollowUps.Count}; at least {MinFollowUps} are needed");
        if (q.Pitfalls.Count == 0)
            yield return At(q.Answer.Line, "Pitfalls", "name at least one wrong answer candidates give");
        if (q.Examples.Count < MinExamples)
            yield return At(q.Answer.Line, "Examples", $"at least {MinExamples} runnable example is needed");
        if (q.Quiz.Count < MinQuizItems)
            yield return At(q.Answer.Line, "Quiz", $"has {q.Quiz.Count} items; at least {MinQuizItems} are needed");

        foreach (var choice in q.Quiz.OfType<ChoiceItem>())
        {
            var correct = choice.Options.Count(o => o.Correct);
            if (choice.Options.Count < 2)
                yield return At(choice.Line, "Quiz", $"'{choice.Title}' needs at least two options");
            if (!choice.MultipleAnswers && correct != 1)
                yield return At(choice.Line, "Quiz", $"choice item '{choice.Title}' must have exactly one correct option, has {correct}");
            if (choice.MultipleAnswers && (correct == 0 || correct == choice.Options.Count))
                yield return At(choice.Line, "Quiz", $"multi item '{choice.Title}' needs at least one correct and one wrong option, has {correct} of {choice.Options.Count} correct");
            foreach (var dup in choice.Options.GroupBy(o => o.Text).Where(g => g.Count() > 1))
                yield return At(dup.Skip(1).First().Line, "Quiz", $"option '{dup.Key}' appears twice");
        }

        if (q.Exercise is { } exercise)
        {
            foreach (var test in exercise.Tests)
            {
                string? error = null;
                try
                {
                    using var _ = JsonDocument.Parse(test.Expected.Code);
                }
                catch (JsonException e)
                {
                    error = e.Message;
                }
                if (error is not null)
                    yield return At(test.Expected.Line, "Exercise.Tests", $"test '{test.Name}': expected value is not JSON: {error}");
            }
            foreach (var dup in exercise.Tests.GroupBy(t => t.Name).Where(g => g.Count() > 1))
                yield return At(dup.Skip(1).First().Line, "Exercise.Tests", $"test name '{dup.Key}' appears twice");
            if (exercise.WrongSolutions.Count < MinWrongSolutions)
                yield return At(exercise.Line, "Exercise.Wrong solutions", $"has {exercise.WrongSolutions.Count}; at least {MinWrongSolutions} plausible wrong solutions must prove the tests catch mistakes");
            foreach (var dup in exercise.WrongSolutions.GroupBy(w => w.Mistake).Where(g => g.Count() > 1))
                yield return At(dup.Skip(1).First().Line, "Exercise.Wrong solutions", $"wrong solution '{dup.Key}' appears twice");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
