namespace Viva.Core.Interchange.Anki;

/// <summary>
/// How a Viva question is laid out as an Anki note so that an export reads back into the same question:
/// the guid is <c>viva:</c> and the question id (a re-import updates the note instead of adding one),
/// the header fields are tags, and each field ends with its Markdown source in an HTML comment, which
/// Anki keeps but does not show.
/// </summary>
public static class AnkiConventions
{
    public const string GuidPrefix = "viva:";
    public const string DeckName = "Viva";
    /// <summary>Every Anki collection has a "Basic" type with Front and Back, so a text file names that one.</summary>
    public const string TextNoteType = "Basic";
    /// <summary>A package carries its own note type; a name of its own keeps it apart from the user's "Basic".</summary>
    public const string PackageNoteType = "Viva Basic";
    public const string AreaTag = "viva-area:";
    public const string TopicTag = "viva-topic:";
    // The same tags as GIFT's Moodle tags, so a question's header reads alike in both formats.
    public const string LevelTag = Gift.GiftConventions.LevelTag;
    public const string MinutesTag = Gift.GiftConventions.MinutesTag;
    public const string PythonTag = Gift.GiftConventions.PythonTag;
    public const string SourceOpen = "<!--viva-source:";
    public const string SourceClose = "-->";
}
