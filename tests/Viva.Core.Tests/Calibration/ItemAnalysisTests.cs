using System.Text.Json;
using Viva.Core.Calibration;

namespace Viva.Core.Tests.Calibration;

public sealed class ItemAnalysisTests
{
    [Fact]
    public void Item_figures_match_the_golden_file()
    {
        // tests/fixtures/calibration/items.json was written by items.py beside it: plain Python, and the
        // point-biserial formula (M1 - M0) / s * sqrt(pq) rather than the Pearson sums used here.
        var golden = Golden.Load();

        var items = ItemAnalysis.Of(golden.Responses);

        Assert.Equal(golden.Items.Count, items.Count);
        foreach (var (expected, actual) in golden.Items.Zip(items))
        {
            Assert.Equal(expected.Item, actual.Item);
            Assert.Equal(expected.Answered, actual.Answered);
            Assert.Equal(expected.Difficulty!.Value, actual.Difficulty!.Value, 1e-12);
            if (expected.ItemRest is { } r)
                Assert.Equal(r, actual.ItemRest!.Value, 1e-12);
            else
                Assert.Null(actual.ItemRest);
            Assert.Equal(expected.Undefined, actual.Undefined?.ToString());
            Assert.Equal(expected.Flags.Aggregate(ItemFlags.None, (f, name) => f | Enum.Parse<ItemFlags>(name)), actual.Flags);
        }
    }

    [Fact]
    public void The_golden_file_exercises_every_flag_and_an_undefined_correlation()
    {
        var items = ItemAnalysis.Of(Golden.Load().Responses);

        foreach (var flag in new[] { ItemFlags.TooHard, ItemFlags.TooEasy, ItemFlags.Weak, ItemFlags.CheckTheKey })
            Assert.Contains(items, i => i.Flags.HasFlag(flag));
        Assert.Contains(items, i => i.Undefined == ItemRestUndefined.EveryoneSame);
    }

    [Fact]
    public void An_item_everyone_got_right_has_no_correlation_rather_than_nan()
    {
        var items = ItemAnalysis.Of([[true, true], [true, false], [true, true], [true, false]]);

        Assert.Equal(1.0, items[0].Difficulty);
        Assert.Null(items[0].ItemRest);
        Assert.Equal(ItemRestUndefined.EveryoneSame, items[0].Undefined);
        Assert.Equal(ItemFlags.TooEasy, items[0].Flags);
        // Its partner: the rest (item 0) is the same for everyone.
        Assert.Null(items[1].ItemRest);
        Assert.Equal(ItemRestUndefined.RestSame, items[1].Undefined);
        Assert.All(items, i => Assert.False(i.Difficulty is { } p && double.IsNaN(p)));
    }

    [Fact]
    public void A_single_candidate_gives_difficulties_but_no_correlations()
    {
        var items = ItemAnalysis.Of([[true, false, null]]);

        Assert.Equal([1.0, 0.0, null], items.Select(i => i.Difficulty));
        Assert.Equal([1, 1, 0], items.Select(i => i.Answered));
        Assert.All(items, i => Assert.Null(i.ItemRest));
        Assert.All(items, i => Assert.Equal(ItemRestUndefined.TooFewCandidates, i.Undefined));
        Assert.Equal(ItemFlags.TooHard, items[1].Flags);
        Assert.Equal(ItemFlags.None, items[2].Flags);
    }

    [Fact]
    public void A_missing_answer_is_left_out_not_counted_wrong()
    {
        bool?[][] responses =
        [
            [true, true, true],
            [true, null, true],
            [false, false, false],
            [false, true, null],
        ];

        var items = ItemAnalysis.Of(responses);

        Assert.Equal(3, items[1].Answered);
        Assert.Equal(2.0 / 3, items[1].Difficulty!.Value, 12);
        // Item 0 against the share right of the others answered: 1, 1 (of 1), 0, 1 (of 1).
        var pearson = Pearson([1, 1, 0, 0], [1, 1, 0, 1]);
        Assert.Equal(pearson, items[0].ItemRest!.Value, 12);
    }

    [Fact]
    public void A_key_that_the_strong_candidates_miss_is_flagged()
    {
        // Item 3 is right exactly for those who got the other three wrong.
        var items = ItemAnalysis.Of([
            [true, true, true, false], [true, true, true, false], [true, true, false, false],
            [false, true, false, true], [false, false, false, true], [true, false, false, true],
        ]);

        Assert.True(items[3].ItemRest < 0);
        Assert.True(items[3].Flags.HasFlag(ItemFlags.CheckTheKey));
        Assert.False(items[3].Flags.HasFlag(ItemFlags.Weak));
    }

    [Fact]
    public void Rows_of_different_lengths_are_refused() =>
        Assert.Throws<ArgumentException>(() => ItemAnalysis.Of([[true, false], [true]]));

    private static double Pearson(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average();
        var sxy = x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my));
        return sxy / Math.Sqrt(x.Sum(v => (v - mx) * (v - mx)) * y.Sum(v => (v - my) * (v - my)));
    }

    private sealed record Golden(List<bool?[]> Responses, List<GoldenItem> Items)
    {
        private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new ZeroOneConverter() } };

        public static Golden Load()
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Calibration", "items.json");
            return JsonSerializer.Deserialize<Golden>(File.ReadAllText(path), Json)
                ?? throw new InvalidOperationException($"{path} is empty.");
        }
    }

    private sealed record GoldenItem(int Item, int Answered, double? Difficulty, double? ItemRest, string? Undefined, List<string> Flags);

    /// <summary>The golden file writes answers as 1 and 0, as the Python script's table does.</summary>
    private sealed class ZeroOneConverter : System.Text.Json.Serialization.JsonConverter<bool>
    {
        public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetInt32() switch
        {
            0 => false,
            1 => true,
            var n => throw new JsonException($"An answer is 0 or 1, not {n}."),
        };

        public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteNumberValue(value ? 1 : 0);
    }
}
