namespace Viva.Core.Interchange.Anki;

/// <summary>An Anki note type: its name, its fields' names (empty when a text file does not name them) and whether it is a cloze type.</summary>
public sealed record AnkiNoteType(string Name, IReadOnlyList<string> FieldNames, bool IsCloze)
{
    /// <summary>The type Viva writes and reads without loss: a front and a back.</summary>
    public static AnkiNoteType Basic(string name) => new(name, ["Front", "Back"], false);
}
