using System.Text.Json.Nodes;

namespace Viva.Core.Interchange.Anki;

/// <summary>
/// The JSON of the <c>col</c> row: collection settings, the one note type (front, back, one card template),
/// Anki's default deck and Viva's deck, and default deck options. Ids of the note type and deck are fixed, so
/// a later export imported into the same Anki lands on the same note type and deck instead of copies.
/// </summary>
internal static class AnkiCollectionJson
{
    public const long NoteTypeId = 1_733_500_000_000;
    public const long DeckId = 1_733_500_000_001;

    public static string Conf(int notes) => new JsonObject
    {
        ["nextPos"] = notes + 1, ["estTimes"] = true, ["activeDecks"] = new JsonArray(1), ["sortType"] = "noteFld", ["timeLim"] = 0,
        ["sortBackwards"] = false, ["addToCur"] = true, ["curDeck"] = 1, ["newSpread"] = 0, ["dueCounts"] = true,
        ["curModel"] = NoteTypeId, ["collapseTime"] = 1200, ["schedVer"] = 2,
    }.ToJsonString();

    public static string Models(string name, long modSeconds)
    {
        JsonObject Field(string field, int ord) => new()
        {
            ["name"] = field, ["ord"] = ord, ["sticky"] = false, ["rtl"] = false, ["font"] = "Arial", ["size"] = 20, ["media"] = new JsonArray(),
        };
        var template = new JsonObject
        {
            ["name"] = "Card 1", ["ord"] = 0, ["qfmt"] = "{{Front}}", ["afmt"] = "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}",
            ["bqfmt"] = "", ["bafmt"] = "", ["did"] = null, ["bfont"] = "", ["bsize"] = 0,
        };
        var model = new JsonObject
        {
            ["id"] = NoteTypeId, ["name"] = name, ["type"] = 0, ["mod"] = modSeconds, ["usn"] = -1, ["sortf"] = 0, ["did"] = DeckId,
            ["tmpls"] = new JsonArray(template), ["flds"] = new JsonArray(Field("Front", 0), Field("Back", 1)),
            ["css"] = ".card { font-family: arial; font-size: 20px; text-align: left; color: black; background-color: white; }\npre { background: #f4f4f4; padding: .5em; }",
            ["latexPre"] = "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\begin{document}\n",
            ["latexPost"] = "\\end{document}", ["latexsvg"] = false, ["req"] = new JsonArray(new JsonArray(0, "any", new JsonArray(0))),
            ["tags"] = new JsonArray(), ["vers"] = new JsonArray(),
        };
        return new JsonObject { [NoteTypeId.ToString(System.Globalization.CultureInfo.InvariantCulture)] = model }.ToJsonString();
    }

    public static string Decks(string name, long modSeconds)
    {
        JsonObject Deck(long id, string deck) => new()
        {
            ["id"] = id, ["name"] = deck, ["mod"] = modSeconds, ["usn"] = -1, ["lrnToday"] = new JsonArray(0, 0), ["revToday"] = new JsonArray(0, 0),
            ["newToday"] = new JsonArray(0, 0), ["timeToday"] = new JsonArray(0, 0), ["collapsed"] = false, ["browserCollapsed"] = false,
            ["desc"] = "", ["dyn"] = 0, ["conf"] = 1, ["extendNew"] = 0, ["extendRev"] = 0,
        };
        return new JsonObject { ["1"] = Deck(1, "Default"), [DeckId.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Deck(DeckId, name) }.ToJsonString();
    }

    public static string DeckOptions() => new JsonObject
    {
        ["1"] = new JsonObject
        {
            ["id"] = 1, ["name"] = "Default", ["mod"] = 0, ["usn"] = 0, ["maxTaken"] = 60, ["autoplay"] = true, ["timer"] = 0, ["replayq"] = true, ["dyn"] = false,
            ["new"] = new JsonObject { ["delays"] = new JsonArray(1, 10), ["ints"] = new JsonArray(1, 4, 0), ["initialFactor"] = 2500, ["order"] = 1, ["perDay"] = 20, ["bury"] = false },
            ["rev"] = new JsonObject { ["perDay"] = 200, ["ease4"] = 1.3, ["maxIvl"] = 36500, ["bury"] = false, ["hardFactor"] = 1.2 },
            ["lapse"] = new JsonObject { ["delays"] = new JsonArray(10), ["mult"] = 0, ["minInt"] = 1, ["leechFails"] = 8, ["leechAction"] = 1 },
        },
    }.ToJsonString();
}
