using System.Text.RegularExpressions;
using Viva.Core.Bank;

namespace Viva.Core.Followups;

/// <summary>An "explain your code" question: built from one construct of the candidate's own code, quoting its identifier, tied to a key point.</summary>
public sealed record CodeFollowup(string Text, string Identifier, int Line, KeyPoint? KeyPoint);

/// <summary>
/// Proposes "explain your code" follow-ups after a submission, deterministically: the same code, failed tests
/// and rubric give the same questions in the same order. The tests it failed come first (the candidate should
/// find their own bug), then the constructs that reveal understanding most: recursion, nested loops, the
/// choice of data structure, exception handling, branches, and a walk-through of each function. Each quotes
/// an identifier of the candidate's code, so it cannot be answered from a prepared script, and is tied to the
/// key point of the exercise's question whose words it shares most (none when it shares none), so the
/// interviewer knows which part of the rubric the answer informs.
/// </summary>
public static partial class CodeFollowups
{
    /// <summary>What a structure costs, and what it is usually weighed against.</summary>
    private static readonly Dictionary<string, (string Instead, string Why)> Alternatives = new(StringComparer.Ordinal)
    {
        ["set"] = ("a list", "membership tests"),
        ["frozenset"] = ("a set", "hashing and mutation"),
        ["dict"] = ("a list of pairs", "lookups by key"),
        ["list"] = ("a set or a deque", "appends, lookups and removals at the front"),
        ["deque"] = ("a list", "adding and removing at both ends"),
        ["heap"] = ("sorting the whole input", "keeping only the smallest or largest items"),
        ["Counter"] = ("a plain dict", "counting"),
        ["defaultdict"] = ("dict.setdefault", "grouping"),
        ["OrderedDict"] = ("a plain dict (ordered since 3.7)", "reordering with move_to_end"),
    };

    public static IReadOnlyList<CodeFollowup> Propose(CodeOutline outline, IReadOnlyList<string> failedTests, IReadOnlyList<KeyPoint> keyPoints, int max = 5)
    {
        var proposals = new List<(string Kind, string Text, string Identifier, int Line, string Topic)>();
        var mainFunction = outline.Functions.Count > 0 ? outline.Functions[0] : null;
        foreach (var test in failedTests)
        {
            if (mainFunction is not null)
                proposals.Add(("failed-test", $"The hidden test “{test}” failed. Without seeing it, which input do you think it gives `{mainFunction.Name}`, and which line of yours goes wrong?",
                    mainFunction.Name, mainFunction.Line, $"{test} edge case input"));
        }
        foreach (var f in outline.Functions.Where(f => f.Recursive))
            proposals.Add(("recursion", $"`{f.Name}` calls itself. How deep does the recursion go for a large input, what happens past CPython's recursion limit (1000 by default), and how would you write it with a loop?",
                f.Name, f.Line, "recursion recursive stack depth limit"));
        foreach (var inner in outline.Loops.Where(l => l.Depth > 0 && l.Kind is "for" or "while"))
        {
            var outer = outline.Loops.LastOrDefault(l => l.Line < inner.Line && l.Function == inner.Function && l.Depth == inner.Depth - 1);
            var what = Identifier(inner.Over) ?? Identifier(inner.Target) ?? inner.Function;
            if (what is not null)
                proposals.Add(("nested-loop", $"The loop over `{inner.Over ?? inner.Target}` (line {inner.Line}) runs inside {(outer is null ? "another loop" : $"the loop over `{outer.Over ?? outer.Target}` (line {outer.Line})")}: what does that cost for n items, and can one pass do it?",
                    what, inner.Line, "complexity time quadratic linear loop pass O(n)"));
        }
        // `heap = []` later fed to heappush is a heap, not a list: a name keeps its most specific kind.
        var structures = outline.Structures.GroupBy(s => (s.Name, s.Function))
            .Select(g => g.FirstOrDefault(s => s.Kind != "list") ?? g.First()).OrderBy(s => s.Line);
        foreach (var s in structures)
        {
            var (instead, why) = Alternatives.GetValueOrDefault(s.Kind, ("another container", "this use"));
            proposals.Add(("structure", $"Why is `{s.Name}` a {s.Kind}? Compare it with {instead} for {why}: the cost of each operation you use.",
                s.Name, s.Line, $"{s.Kind} {why} complexity lookup memory"));
        }
        foreach (var h in outline.Handlers)
        {
            var where = h.Function is null ? "here" : $"in `{h.Function}`";
            proposals.Add(("handler", $"Why catch `{h.Exception}` {where}? Which statement raises it, and what would the caller see if you let it propagate?",
                h.Function ?? h.Exception, h.Line, "exception error raise catch handle"));
        }
        foreach (var b in outline.Branches.Where(b => Identifier(b.Test) is not null))
            proposals.Add(("branch", $"Which input makes `if {b.Test}` (line {b.Line}) true, and what goes wrong if that check is removed?",
                Identifier(b.Test)!, b.Line, "edge case empty none check boundary"));
        foreach (var f in outline.Functions)
        {
            var args = f.Args.Count == 0 ? "" : $" on the smallest input of `{string.Join("`, `", f.Args)}`";
            proposals.Add(("walk-through", $"Walk me through `{f.Name}`{args}: what does it return, and what are its time and memory costs as the input grows?",
                f.Name, f.Line, "complexity time memory return"));
        }

        // One question per construct (each failed test is its own), at most two of a kind so that five questions
        // probe several things; first come first kept: the order above is the priority.
        var chosen = new List<CodeFollowup>();
        var perKind = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in proposals.DistinctBy(p => p.Kind == "failed-test" ? p.Text : $"{p.Identifier}:{p.Line}"))
        {
            perKind[p.Kind] = perKind.GetValueOrDefault(p.Kind) + 1;
            if (perKind[p.Kind] <= 2 && chosen.Count < max)
                chosen.Add(new CodeFollowup(p.Text, p.Identifier, p.Line, TiedKeyPoint(p.Topic + " " + p.Text, keyPoints)));
        }
        return chosen;
    }

    /// <summary>The first identifier of a short code text that is not a builtin or keyword (<c>len(heap) > k</c> gives <c>heap</c>).</summary>
    private static string? Identifier(string? code)
    {
        if (code is null)
            return null;
        return Word().Matches(code).Select(m => m.Value).FirstOrDefault(w => !Builtins.Contains(w));
    }

    private static readonly HashSet<string> Builtins = new(StringComparer.Ordinal)
    {
        "len", "range", "enumerate", "zip", "sorted", "reversed", "min", "max", "sum", "any", "all", "isinstance",
        "not", "and", "or", "in", "is", "None", "True", "False", "self", "int", "str", "list", "dict", "set", "tuple",
    };

    private static KeyPoint? TiedKeyPoint(string topic, IReadOnlyList<KeyPoint> keyPoints)
    {
        if (keyPoints.Count == 0)
            return null;
        var words = Words(topic);
        var best = keyPoints.Select((k, i) => (Point: k, Index: i, Shared: Words(k.Text).Count(words.Contains)))
            .OrderByDescending(x => x.Shared).ThenByDescending(x => x.Point.Weight).ThenBy(x => x.Index).First();
        // No shared word: no tie, rather than a made-up one.
        return best.Shared > 0 ? best.Point : null;
    }

    private static HashSet<string> Words(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 3).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[A-Za-z_][A-Za-z_0-9]*")]
    private static partial Regex Word();
}
