using Viva.Core.Bank;

namespace Viva.Core.Similarity;

/// <summary>
/// The measured corpus in tests/similarity (written by generate.py). Positives: the variants in
/// <c>independent/&lt;exercise-id&gt;/variants/&lt;solution&gt;/&lt;transformation&gt;.py</c> against the solution they
/// disguise. Negatives: the independent solutions of one exercise (written separately) against each other; and the
/// model solutions of every two different exercises. The model solution is shared code (<see cref="SharedCode"/>), so
/// its own variants (<c>variants/&lt;exercise-id&gt;/*.py</c>) are counted apart as <see cref="ModelSolutionCopy"/>:
/// they are what a senior who writes the expected answer hands in too, and are not flagged by design. Wrong solutions
/// are never negatives: they are edits of the model solution.
/// </summary>
public static class SimilarityCorpus
{
    public const string OtherExercise = "other exercise";
    public const string Independent = "independent";
    public const string ModelSolutionCopy = "model solution copy";

    public static IReadOnlyList<LabelledPair> Load(string folder, QuestionBank bank)
    {
        var exercises = bank.Questions.Where(q => q.Exercise is not null).OrderBy(q => q.Id, StringComparer.Ordinal)
            .ToDictionary(q => q.Id, q => q.Exercise!);
        var pairs = new List<LabelledPair>();
        foreach (var (id, exercise) in exercises)
        {
            var shared = SharedCode.Of(exercise);
            foreach (var file in PythonFiles(Path.Combine(folder, "variants", id)))
                pairs.Add(new LabelledPair(ModelSolutionCopy, id, "model solution", exercise.Solution.Code, Path.GetFileName(file), File.ReadAllText(file), shared, false));
            var independent = Path.Combine(folder, "independent", id);
            var solutions = PythonFiles(independent).Select(f => (Name: Path.GetFileNameWithoutExtension(f), Code: File.ReadAllText(f))).ToList();
            for (var i = 0; i < solutions.Count; i++)
            {
                for (var j = i + 1; j < solutions.Count; j++)
                    pairs.Add(new LabelledPair(Independent, id, solutions[i].Name, solutions[i].Code, solutions[j].Name, solutions[j].Code, shared, false));
                foreach (var file in PythonFiles(Path.Combine(independent, "variants", solutions[i].Name)))
                    pairs.Add(new LabelledPair(Path.GetFileNameWithoutExtension(file), id, solutions[i].Name, solutions[i].Code,
                        $"{solutions[i].Name}/{Path.GetFileName(file)}", File.ReadAllText(file), shared, true));
            }
        }
        var ids = exercises.Keys.ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                var (a, b) = (exercises[ids[i]], exercises[ids[j]]);
                pairs.Add(new LabelledPair(OtherExercise, ids[i] + " ~ " + ids[j], ids[i], a.Solution.Code, ids[j], b.Solution.Code,
                    [.. SharedCode.Given(a), .. SharedCode.Given(b)], false));
            }
        }
        return pairs;
    }

    private static IEnumerable<string> PythonFiles(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.py").Order(StringComparer.Ordinal) : [];

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
