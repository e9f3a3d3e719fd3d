using System.Security.Cryptography;
using System.Text;

namespace Viva.Core.Bank;

/// <summary>
/// One option of a choice item, with why it is right or wrong. <see cref="Id"/> names it in forms, the
/// API and stored answers: it comes from the option's content, never from its place in the file, so an
/// answer cannot say "the first one" and options can be shown in any order (see <see cref="OptionOrder"/>).
/// </summary>
public sealed record ChoiceOption(string Id, string Text, bool Correct, string Explanation, int Line)
{
    /// <summary>Hex digits of an id: 48 bits, plenty to tell apart the handful of options of one item.</summary>
    public const int IdLength = 12;

    /// <summary>
    /// The id of the option with <paramref name="text"/> in the item titled <paramref name="itemTitle"/>
    /// of question <paramref name="questionId"/>: the start of a SHA-256 over the three. The question and
    /// item are part of it so that "True" in one item is not "True" in another. Moving an option in the
    /// file keeps its id; rewording it gives a new one.
    /// </summary>
    public static string IdFor(string questionId, string itemTitle, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{questionId}\0{itemTitle}\0{text}")))[..IdLength];
}
