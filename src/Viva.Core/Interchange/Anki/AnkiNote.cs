namespace Viva.Core.Interchange.Anki;

/// <summary>
/// One Anki note as a file holds it: its fields (HTML, or plain text when the file says so), tags, deck and
/// note type. <see cref="Id"/> is the collection's note id (0 in a text file), which review history refers to;
/// <see cref="Line"/> is where a text file's record starts (0 in a package).
/// </summary>
public sealed record AnkiNote(long Id, string NoteGuid, AnkiNoteType Type, IReadOnlyList<string> Fields, IReadOnlyList<string> Tags, string Deck, bool Html, int Line = 0);
