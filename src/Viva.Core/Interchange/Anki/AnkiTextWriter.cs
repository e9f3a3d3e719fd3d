using System.Text;
using static Viva.Core.Interchange.Anki.AnkiConventions;

namespace Viva.Core.Interchange.Anki;

/// <summary>
/// Writes notes in Anki's text import format: <c>#</c> headers that set the separator, HTML, note type, deck
/// and which columns hold the guid and the tags (so Anki maps them without asking), then one tab-separated
/// record per note. A field holding a tab, a line break or a quote is quoted, its quotes doubled.
/// </summary>
public static class AnkiTextWriter
{
    public static string Write(IEnumerable<AnkiNote> notes)
    {
        var w = new StringBuilder();
        w.Append("#separator:tab\n#html:true\n");
        w.Append("#notetype:").Append(TextNoteType).Append('\n');
        w.Append("#deck:").Append(DeckName).Append('\n');
        w.Append("#guid column:1\n#tags column:4\n");
        w.Append("#columns:GUID\tFront\tBack\tTags\n");
        foreach (var note in notes)
        {
            w.Append(Field(note.NoteGuid));
            foreach (var field in note.Fields)
                w.Append('\t').Append(Field(field));
            w.Append('\t').Append(Field(string.Join(' ', note.Tags))).Append('\n');
        }
        return w.ToString();
    }

    private static string Field(string text) =>
        text.AsSpan().IndexOfAny("\t\n\r\"") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
