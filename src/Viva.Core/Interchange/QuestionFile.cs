using System.Text;
using Viva.Core.Bank;

namespace Viva.Core.Interchange;

/// <summary>
/// The text of an imported question's bank file and the question it reads back as. Imported text can hold what the bank
/// format reads as its own structure (a "## Answer" line in an essay), so a file whose text does not read back is never
/// written, and <c>viva import</c> and the web's import page report its items as not arrived.
/// </summary>
public sealed record QuestionFile(string Text, Question? ReadBack, IReadOnlyList<Problem> Problems)
{
    /// <summary>Writes <paramref name="question"/> and reads the text back, locating its problems at <paramref name="path"/>.</summary>
    public static QuestionFile Of(Question question, string path)
    {
        var text = QuestionWriter.Write(question);
        var parsed = QuestionParser.Parse(path, Encoding.UTF8.GetBytes(text));
        return new(text, parsed.Question, parsed.Problems);
    }

    /// <summary>Why a text that does not read back is not written: its problems, by line of the text.</summary>
    public string Unreadable =>
        $"its text does not read back ({string.Join("; ", Problems.Select(p => $"line {p.Line}: {p.Field}: {p.Message}"))})";
}
