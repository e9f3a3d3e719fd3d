namespace Viva.Core.Calibration;

/// <summary>
/// Scores laid out as units by raters: a row per unit (one candidate's answer to one question, a target)
/// and a column per rater (an interviewer, a judge), null where that rater gave no score. Immutable, so a
/// bootstrap resample can share the rows it draws instead of copying them, and leaving a rater out can
/// share them too.
/// </summary>
public sealed class RatingMatrix
{
    // Rows are never written after construction, so every matrix made from this one (a resample, a
    // leave-one-out) shares them. _columns says which cells of a row are this matrix's raters, in order:
    // leaving a rater out drops one entry here instead of copying every row without that cell.
    private readonly double?[][] _rows;
    private readonly int[] _columns;

    /// <summary>The rows must all have the same length: a rater who skipped a unit is a null, not a shorter row.</summary>
    public RatingMatrix(IEnumerable<IReadOnlyList<double?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _rows = [.. rows.Select(r => r.ToArray())];
        var raters = _rows.Length == 0 ? 0 : _rows[0].Length;
        for (var u = 0; u < _rows.Length; u++)
        {
            if (_rows[u].Length != raters)
                throw new ArgumentException($"Row {u} has {_rows[u].Length} score(s), row 0 has {raters}.", nameof(rows));
            if (_rows[u].Any(v => v is { } x && !double.IsFinite(x)))
                throw new ArgumentException($"Row {u} holds a score that is not a finite number.", nameof(rows));
        }
        _columns = [.. Enumerable.Range(0, raters)];
    }

    private RatingMatrix(double?[][] rows, int[] columns)
    {
        _rows = rows;
        _columns = columns;
    }

    public int Units => _rows.Length;

    public int Raters => _columns.Length;

    public double? this[int unit, int rater] => _rows[unit][_columns[rater]];

    /// <summary>
    /// The rows as stored, for the statistics' loops: a unit's score by rater j is
    /// <c>Rows[unit][Columns[j]]</c>. Read only; the arrays are shared with other matrices.
    /// </summary>
    internal ReadOnlySpan<double?[]> Rows => _rows;

    /// <summary>Which cell of a stored row holds each rater's score (see <see cref="Rows"/>).</summary>
    internal ReadOnlySpan<int> Columns => _columns;

    /// <summary>One unit's scores, one per rater (null where missing).</summary>
    public IReadOnlyList<double?> Unit(int unit)
    {
        var row = _rows[unit];
        if (_columns.Length == row.Length)
            return row; // no rater left out: the row as it is
        var scores = new double?[_columns.Length];
        for (var j = 0; j < scores.Length; j++)
            scores[j] = row[_columns[j]];
        return scores;
    }

    /// <summary>The matrix with one rater's column taken out: the panel as it would be without them.</summary>
    public RatingMatrix WithoutRater(int rater)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rater);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(rater, Raters);
        return new RatingMatrix(_rows, [.. _columns[..rater], .. _columns[(rater + 1)..]]);
    }

    /// <summary>The units at <paramref name="units"/>, repeats allowed (a bootstrap draw); rows are shared.</summary>
    internal RatingMatrix Pick(ReadOnlySpan<int> units)
    {
        var rows = new double?[units.Length][];
        for (var i = 0; i < units.Length; i++)
            rows[i] = _rows[units[i]];
        return new RatingMatrix(rows, _columns);
    }
}
