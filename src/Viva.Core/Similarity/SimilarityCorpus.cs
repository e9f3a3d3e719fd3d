using Viva.Core.Bank;

namespace Viva.Core.Similarity;

/// <summary>
/// The measured corpus in tests/similarity. Positives: <c>variants/&lt;exercise-id&gt;/&lt;transformation&gt;.py</c>
/// (written by generate.py from the reference solution) against the reference solution. Negatives: the solutions in
/// <c>independent/&lt;exercise-id&gt;/*.py</c> (written separately, when present) against each other and against the
/// reference; and the reference solutions of every two different exercises. Wrong solutions are never negatives: they
/// are edits of the reference.
/// </summary>
public static class SimilarityCorpus
{
    public const string OtherExercise = "other exercise";
    public const string Independent = "independent";

    public static IReadOnlyList<LabelledPair> Load(string folder, QuestionBank bank)
    {
        var exercises = bank.Questions.Where(q => q.Exercise is not null).OrderBy(q => q.Id, StringComparer.Ordinal)
            .ToDictionary(q => q.Id, q => q.Exercise!);
        var pairs = new List<LabelledPair>();
        foreach (var (id, exercise) in exercises)
        {
            var shared = SharedCode.Of(exercise);
            var reference = exercise.Solution.Code;
            var variants = Path.Combine(folder, "variants", id);
            if (Directory.Exists(variants))
            {
                foreach (var file in Directory.EnumerateFiles(variants, "*.py").Order(StringComparer.Ordinal))
                    pairs.Add(new LabelledPair(Path.GetFileNameWithoutExtension(file), id, "reference", reference, Path.GetFileName(file), File.ReadAllText(file), shared, true));
            }
            var independent = Path.Combine(folder, "independent", id);
            if (Directory.Exists(independent))
            {
                var solutions = Directory.EnumerateFiles(independent, "*.py").Order(StringComparer.Ordinal)
                    .Select(f => (Name: Path.GetFileName(f), Code: File.ReadAllText(f))).ToList();
                for (var i = 0; i < solutions.Count; i++)
                {
                    pairs.Add(new LabelledPair(Independent, id, "reference", reference, solutions[i].Name, solutions[i].Code, shared, false));
                    for (var j = i + 1; j < solutions.Count; j++)
                        pairs.Add(new LabelledPair(Independent, id, solutions[i].Name, solutions[i].Code, solutions[j].Name, solutions[j].Code, shared, false));
                }
            }
        }
        var ids = exercises.Keys.ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                var (a, b) = (exercises[ids[i]], exercises[ids[j]]);
                pairs.Add(new LabelledPair(OtherExercise, ids[i] + " ~ " + ids[j], ids[i], a.Solution.Code, ids[j], b.Solution.Code,
                    [.. SharedCode.Of(a), .. SharedCode.Of(b)], false));
            }
        }
        return pairs;
    }

    /// <summary>Compares every pair with the given options (one engine per set of shared code).</summary>
    public static IReadOnlyList<ScoredPair> Score(IReadOnlyList<LabelledPair> pairs, SimilarityOptions options)
    {
        var engines = new Dictionary<string, SimilarityEngine>();
        var scored = new ScoredPair[pairs.Count];
        Parallel.For(0, pairs.Count, i =>
        {
            var pair = pairs[i];
            SimilarityEngine? engine;
            lock (engines)
            {
                if (!engines.TryGetValue(pair.ExerciseId, out engine))
                    engines[pair.ExerciseId] = engine = new SimilarityEngine(options, pair.SharedCode);
            }
            scored[i] = new ScoredPair(pair, engine.Compare(pair.A, pair.B));
        });
        return scored;
    }
}
