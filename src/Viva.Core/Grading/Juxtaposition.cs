namespace Viva.Core.Grading;

/// <summary>
/// Noun phrases set side by side. A determiner opens a noun phrase but links it to nothing before it: prose ties
/// one phrase to the next with a preposition, a conjunction, an auxiliary or a verb ("the task is cancelled at its
/// current await"), notes with a symbol ("cancel() -> CancelledError at the await"). A key point stripped of those
/// words keeps its articles and its order, so it passes the word-order test and the runs of <see cref="Linkage"/>
/// (which a determiner breaks), yet says nothing: "cancel request CancelledError the task's current await the
/// coroutine cleanup re-raise". Here a determiner neither counts nor breaks: a chain is the content tokens with
/// nothing but determiners between them. A verb is a content token too, so prose chains a few of them ("task holds
/// lock"): its average content token sits in a chain of 4 or less, such strings of noun phrases 5 to 10.
/// </summary>
internal static class Juxtaposition
{
    /// <summary>The content tokens of a sentence and the sum of its chains' squares (squares / content is the chain an average content token sits in).</summary>
    public static (int Content, int Squares) Chains(string sentence)
    {
        int chain = 0, content = 0, squares = 0;
        foreach (var token in Linkage.Tokens(sentence).Append("."))
        {
            if (Linkage.IsContent(token))
                chain++;
            else if (!Linkage.Determiners.Contains(token.ToLowerInvariant()))
            {
                content += chain;
                squares += chain * chain;
                chain = 0;
            }
        }
        return (content, squares);
    }
}
