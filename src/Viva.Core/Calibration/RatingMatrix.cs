namespace Viva.Core.Calibration;

/// <summary>
/// Scores laid out as units by raters: a row per unit (one candidate's answer to one question, a target)
/// and a column per rater (an interviewer, a judge), null where that rater gave no score. Immutable, so a
/// bootstrap resample can share the rows it draws instead of copying them.
/// </summary>
public sealed class RatingMatrix
{
    private readonly double?[][] _rows;

    /// <summary>The rows must all have the same length: a rater who skipped a unit is a null, not a shorter row.</summary>
    public RatingMatrix(IEnumerable<IReadOnlyList<double?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _rows = [.. rows.Select(r => r.ToArray())];
        Raters = _rows.Length == 0 ? 0 : _rows[0].Length;
        for (var u = 0; u < _rows.Length; u++)
        {
            if (_rows[u].Length != Raters)
                throw new ArgumentException($"Row {u} has {_rows[u].Length} score(s), row 0 has {Raters}.", nameof(rows));
            if (_rows[u].Any(v => v is { } x && !double.IsFinite(x)))
                throw new ArgumentException($"Row {u} holds a score that is not a finite number.", nameof(rows));
        }
    }

    private RatingMatrix(double?[][] rows, int raters)
    {
        _rows = rows;
        Raters = raters;
    }

    public int Units => _rows.Length;

    public int Raters { get; }

    public double? this[int unit, int rater] => _rows[unit][rater];

    /// <summary>One unit's scores, one per rater (null where missing).</summary>
    public IReadOnlyList<double?> Unit(int unit) => _rows[unit];

    /// <summary>The matrix with one rater's column taken out: the panel as it would be without them.</summary>
    public RatingMatrix WithoutRater(int rater)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rater);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(rater, Raters);
        return new RatingMatrix([.. _rows.Select(r => r.Where((_, j) => j != rater).ToArray())], Raters - 1);
    }

    /// <summary>The units at <paramref name="units"/>, repeats allowed (a bootstrap draw); rows are shared.</summary>
    internal RatingMatrix Pick(ReadOnlySpan<int> units)
    {
        var rows = new double?[units.Length][];
        for (var i = 0; i < units.Length; i++)
            rows[i] = _rows[units[i]];
        return new RatingMatrix(rows, Raters);
    }
}
