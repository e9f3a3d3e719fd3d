namespace Viva.Core.Calibration;

/// <summary>
/// Classical item analysis of a quiz from a candidates (rows) by items (columns) table of right (true),
/// wrong (false) or not answered (null). The item-rest correlation is "corrected": the item is left out of
/// the score it is correlated with, or it would correlate with itself and every item would look good.
/// </summary>
public static class ItemAnalysis
{
    /// <summary>
    /// The figures per item, in column order. A missing answer is not counted as wrong: it is left out of
    /// the item's p, and a candidate's rest score is the share right of the other items they answered, which
    /// on a complete table is the other items' total divided by a constant, so r is the textbook figure.
    /// </summary>
    public static IReadOnlyList<ItemStatistics> Of(IReadOnlyList<IReadOnlyList<bool?>> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var items = responses.Count == 0 ? 0 : responses[0].Count;
        if (responses.Any(r => r.Count != items))
            throw new ArgumentException("Every candidate's row must have one entry per item.", nameof(responses));

        var right = responses.Select(r => r.Count(a => a == true)).ToArray();
        var answered = responses.Select(r => r.Count(a => a.HasValue)).ToArray();
        var result = new List<ItemStatistics>(items);
        for (var item = 0; item < items; item++)
        {
            var scores = new List<double>();
            var rests = new List<double>();
            var count = 0;
            var correct = 0;
            for (var c = 0; c < responses.Count; c++)
            {
                if (responses[c][item] is not { } answer)
                    continue;
                count++;
                correct += answer ? 1 : 0;
                var otherAnswered = answered[c] - 1;
                if (otherAnswered == 0)
                    continue; // nothing else to compare this answer with
                scores.Add(answer ? 1 : 0);
                rests.Add((double)(right[c] - (answer ? 1 : 0)) / otherAnswered);
            }
            double? p = count == 0 ? null : (double)correct / count;
            var (r, undefined) = Correlation(scores, rests);
            result.Add(new ItemStatistics(item, count, p, r, undefined, FlagsOf(p, r)));
        }
        return result;
    }

    private static (double? R, ItemRestUndefined? Undefined) Correlation(List<double> x, List<double> y)
    {
        if (x.Count < 2)
            return (null, ItemRestUndefined.TooFewCandidates);
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        // x is 0/1, so its sum of squares is exactly 0 only when all are equal; the rest shares are ratios,
        // so "all equal" is checked on the values rather than trusting a floating-point zero.
        if (sxx == 0)
            return (null, ItemRestUndefined.EveryoneSame);
        if (y.All(v => v == y[0]))
            return (null, ItemRestUndefined.RestSame);
        return (sxy / Math.Sqrt(sxx * syy), null);
    }

    private static ItemFlags FlagsOf(double? p, double? r)
    {
        var flags = ItemFlags.None;
        if (p < CalibrationThresholds.ItemTooHard)
            flags |= ItemFlags.TooHard;
        if (p > CalibrationThresholds.ItemTooEasy)
            flags |= ItemFlags.TooEasy;
        if (r < 0)
            flags |= ItemFlags.CheckTheKey;
        else if (r < CalibrationThresholds.ItemWeak)
            flags |= ItemFlags.Weak;
        return flags;
    }
}
