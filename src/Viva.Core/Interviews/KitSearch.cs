using Viva.Core.Bank;

namespace Viva.Core.Interviews;

/// <summary>
/// One depth-first search for a kit. Each node adds one question, greedy choice first; a question tried
/// and abandoned at a node is banned in its later siblings' subtrees, so no set of questions is visited twice.
/// </summary>
internal sealed class KitSearch
{
    private readonly KitRequest _request;
    private readonly int _minTotal;
    private readonly int _maxTotal;
    private readonly int _nodeBudget;
    private readonly IReadOnlyList<Question> _pinned;
    private readonly Question[] _pool;
    private readonly int[] _area;
    private readonly int[] _rank;
    private readonly bool[] _taken;
    private readonly bool[] _banned;
    private readonly int[] _perArea;
    private int _total;
    private int _offLevel;
    private int _areasCovered;
    private int _nodes;

    /// <summary>A search for a kit whose total lies within <paramref name="totals"/> and the request's box.</summary>
    public KitSearch(KitRequest request, IReadOnlyList<Question> pinned, IReadOnlyList<Question> pool, IReadOnlyDictionary<string, int> ranks, (int Min, int Max) totals, int nodeBudget)
    {
        _request = request;
        (_minTotal, _maxTotal) = (Math.Max(totals.Min, request.MinTotal), Math.Min(totals.Max, request.MaxTotal));
        _nodeBudget = nodeBudget;
        _pinned = pinned;
        _pool = [.. pool];
        var areaIds = pinned.Concat(pool).Select(q => q.Area).Distinct().ToList();
        _area = _pool.Select(q => areaIds.IndexOf(q.Area)).ToArray();
        _rank = _pool.Select(q => ranks[q.Id]).ToArray();
        _taken = new bool[_pool.Length];
        _banned = new bool[_pool.Length];
        _perArea = new int[areaIds.Count];
        foreach (var question in pinned)
            Count(question, areaIds.IndexOf(question.Area), +1);
    }

    /// <summary>The kit's questions (kept ones first), or null when none fits or the budget ran out.</summary>
    public IReadOnlyList<Question>? Run() =>
        Extend() ? [.. _pinned, .. _pool.Where((_, i) => _taken[i])] : null;

    private bool Extend()
    {
        if (IsKit())
            return true;
        if (++_nodes > _nodeBudget || !CanStillReach())
            return false;
        var tried = new List<int>();
        foreach (var i in Candidates())
        {
            Take(i, +1);
            if (Extend())
                return true;
            Take(i, -1);
            _banned[i] = true;
            tried.Add(i);
        }
        foreach (var i in tried)
            _banned[i] = false;
        return false;
    }

    private bool IsKit() =>
        _total >= _minTotal && _total <= _maxTotal
        && _areasCovered >= KitRules.MinAreas
        && KitRules.LevelMixHolds(_total - _offLevel, _total);

    private bool Fits(int i)
    {
        var minutes = _pool[i].Minutes;
        if (_taken[i] || _banned[i] || _total + minutes > _maxTotal)
            return false;
        // Off-level minutes are at most a third of a total that is at most the top.
        return _pool[i].Level == _request.Level || 3 * (_offLevel + minutes) <= _maxTotal;
    }

    /// <summary>Whether the questions still free could lift this node to the floor, the area count and the level share.</summary>
    private bool CanStillReach()
    {
        var free = Enumerable.Range(0, _pool.Length).Where(Fits).ToList();
        var reachableAtLevel = _total - _offLevel + free.Where(i => _pool[i].Level == _request.Level).Sum(i => _pool[i].Minutes);
        var newAreas = free.Select(i => _area[i]).Where(a => _perArea[a] == 0).Distinct().Count();
        return _total + free.Sum(i => _pool[i].Minutes) >= _minTotal
            && _areasCovered + newAreas >= KitRules.MinAreas
            && 3 * reachableAtLevel >= 2 * _minTotal;
    }

    private List<int> Candidates() =>
        Enumerable.Range(0, _pool.Length)
            .Where(Fits)
            .OrderBy(i => _areasCovered < KitRules.MinAreas && _perArea[_area[i]] > 0)
            .ThenBy(i => _pool[i].Level != _request.Level)
            .ThenBy(i => _perArea[_area[i]])
            .ThenBy(i => _rank[i])
            .ToList();

    private void Take(int i, int sign)
    {
        _taken[i] = sign > 0;
        Count(_pool[i], _area[i], sign);
    }

    private void Count(Question question, int area, int sign)
    {
        _total += sign * question.Minutes;
        if (question.Level != _request.Level)
            _offLevel += sign * question.Minutes;
        if (sign > 0 && _perArea[area]++ == 0)
            _areasCovered++;
        if (sign < 0 && --_perArea[area] == 0)
            _areasCovered--;
    }
}
