using System.Text;
using Viva.Core.Bank;
using Viva.Core.Interchange.Anki;
using Viva.Core.Interchange.Gift;
using Viva.Core.Interchange.Moodle;

namespace Viva.Core.Interchange;

/// <summary>An exported file's bytes, the name and media type to offer it under, what each question lost, and a summary line.</summary>
public sealed record ExportedFile(byte[] Content, string Extension, string MediaType, string FormatName, IReadOnlyList<ItemOutcome> Outcomes, string Written);

/// <summary>The bank's questions in each format <c>viva export</c> and the web's export page offer (exercism, a run's results, is apart).</summary>
public static class InterchangeExport
{
    public static readonly IReadOnlyList<string> Formats = ["gift", "moodle-xml", "anki-text", "anki-apkg"];

    public static ExportedFile Export(string format, IReadOnlyList<Question> questions, DateTimeOffset now)
    {
        switch (format)
        {
            case "gift":
            {
                var gift = GiftExporter.Export(questions);
                return new(Encoding.UTF8.GetBytes(gift.Text), ".gift", "text/plain; charset=utf-8", "GIFT", gift.Outcomes, $"{gift.ItemCount} GIFT questions");
            }
            case "moodle-xml":
            {
                var moodle = MoodleXmlExporter.Export(questions);
                return new(Encoding.UTF8.GetBytes(moodle.Xml), ".xml", "application/xml", "Moodle XML", moodle.Outcomes, $"{moodle.ItemCount} Moodle XML questions");
            }
            case "anki-text":
            {
                var text = AnkiExporter.Export(questions, AnkiConventions.TextNoteType);
                return new(Encoding.UTF8.GetBytes(AnkiTextWriter.Write(text.Notes)), ".txt", "text/plain; charset=utf-8", "Anki",
                    text.Outcomes, $"{text.Notes.Count} Anki notes (note type Basic, deck Viva)");
            }
            case "anki-apkg":
            {
                var package = AnkiExporter.Export(questions, AnkiConventions.PackageNoteType);
                // The package writer builds a SQLite file, so it needs a path; the bytes are read back from it.
                var dir = Directory.CreateTempSubdirectory("viva-export-");
                try
                {
                    var path = Path.Combine(dir.FullName, "deck.apkg");
                    AnkiPackageWriter.Write(package.Notes, path, now);
                    return new(File.ReadAllBytes(path), ".apkg", "application/octet-stream", "Anki", package.Outcomes,
                        $"{package.Notes.Count} Anki notes (note type Viva Basic, deck Viva)");
                }
                finally
                {
                    dir.Delete(recursive: true);
                }
            }
            default:
                throw new ArgumentException($"{format} is not one of {string.Join(", ", Formats)}", nameof(format));
        }
    }
}
