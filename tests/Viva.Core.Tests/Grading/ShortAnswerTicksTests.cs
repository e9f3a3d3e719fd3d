using System.Text.RegularExpressions;
using Viva.Core.Bank;
using Viva.Core.Grading;
using Viva.Core.Tests.Bank;

namespace Viva.Core.Tests.Grading;

/// <summary>
/// No correct answer of one or two sentences loses a tick it had before the passage cue: each sentence of the
/// labelled sets' correct-style answers, and each two adjacent ones, graded alone, keeps the ticks recorded in
/// tests/answers/short-answer-ticks.txt. Rules that judge a whole answer or passage have taken the tick of a right
/// one-sentence answer before ("__exit__ always runs once __enter__ has succeeded, ...").
/// </summary>
public partial class ShortAnswerTicksTests
{
    [Fact]
    public void One_and_two_sentence_excerpts_of_correct_answers_keep_their_ticks()
    {
        var questions = QuestionBank.Load([RepositoryPaths.BundledBank]).Questions.ToDictionary(q => q.Id);
        var answers = new Dictionary<string, LabelledAnswer>();
        var lost = new List<string>();
        var checkedTicks = 0;
        var sets = new HashSet<string>();
        foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "answers", "short-answer-ticks.txt")))
        {
            if (line.StartsWith('#') || line.Length == 0)
                continue;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (set, id, style) = line[..colon].Split(' ') is [var s, var q, var st] ? (s, q, st) : throw new FormatException(line);
            sets.Add(set);
            var answer = AnswerCorpus.LoadFile(Path.Combine(RepositoryPaths.Root, "tests", "answers", set, id + ".md")).Single(a => a.Style == style);
            var excerpts = Excerpts(answer.Text);
            foreach (var entry in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var (name, ticks) = entry.Split('=') is [var n, var t] ? (n, t) : throw new FormatException(entry);
                var result = KeyPointMatcher.Match(questions[id].KeyPoints, excerpts[name]);
                for (var i = 0; i < ticks.Length; i++)
                {
                    if (ticks[i] != '1')
                        continue;
                    checkedTicks++;
                    if (!result.Points[i].Covered)
                        lost.Add($"{set}/{id}/{style} sentence {name}, point {i + 1}: \"{excerpts[name]}\"");
                }
            }
        }

        Assert.Equal(["adversarial", "corpus", "fresh", "fresh2", "fresh3", "heldout"], sets.Order(StringComparer.Ordinal));
        Assert.True(checkedTicks > 3000, $"only {checkedTicks} ticks checked");
        Assert.True(lost.Count == 0, $"{lost.Count} ticks lost:\n" + string.Join('\n', lost));
    }

    /// <summary>Sentence N ("3") and sentences N and N+1 ("3-4") of an answer: its lines, each split after . ! or ?.</summary>
    private static Dictionary<string, string> Excerpts(string answer)
    {
        var sentences = new List<(string Text, int Line)>();
        var lines = answer.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            foreach (var piece in SentenceEnd().Split(lines[l].Trim()))
            {
                if (piece.Length > 0)
                    sentences.Add((piece, l));
            }
        }
        var excerpts = new Dictionary<string, string>();
        for (var i = 0; i < sentences.Count; i++)
        {
            excerpts[$"{i + 1}"] = sentences[i].Text;
            if (i + 1 < sentences.Count)
                excerpts[$"{i + 1}-{i + 2}"] = sentences[i].Text + (sentences[i + 1].Line == sentences[i].Line ? " " : "\n") + sentences[i + 1].Text;
        }
        return excerpts;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
