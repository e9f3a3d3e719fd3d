using Viva.Core.Assessments;
using Viva.Core.Bank;

namespace Viva.Bench;

/// <summary>
/// The load test's assessment, made from the bundled bank: two exercises (each with the bank's wrong and reference
/// solutions, which the simulated candidates run), three written questions and four quiz items.
/// </summary>
internal sealed record LoadScript(IReadOnlyList<AssessmentItem> Items, IReadOnlyList<LoadExercise> Exercises)
{
    private static readonly string[] ExerciseIds = ["descriptors", "functools"];
    private static readonly string[] WrittenIds = ["descriptors", "functools", "gil"];
    private static readonly string[] QuizIds = ["descriptors", "gil"];

    public IReadOnlyList<AssessmentItem> Written => Items.Where(i => i.Kind == AssessmentItemKind.Written).ToList();

    public IReadOnlyList<AssessmentItem> Quiz => Items.Where(i => i.Kind == AssessmentItemKind.Quiz).ToList();

    public static LoadScript FromBank(QuestionBank bank)
    {
        var byId = bank.Questions.ToDictionary(q => q.Id);
        Question Find(string id) => byId.GetValueOrDefault(id) ?? throw new InvalidOperationException($"the bank has no question '{id}'");
        var exercises = ExerciseIds.Select(Find).Select(q => q.Exercise is { WrongSolutions.Count: > 0 } exercise
            ? new LoadExercise(new AssessmentItem(AssessmentItemKind.Exercise, q.Id), exercise.WrongSolutions[0].Code.Code, exercise.Solution.Code)
            : throw new InvalidOperationException($"'{q.Id}' has no exercise with a wrong solution")).ToList();
        var quiz = QuizIds.SelectMany(id => Enumerable.Range(0, Math.Min(2, Find(id).Quiz.Count)).Select(i => new AssessmentItem(AssessmentItemKind.Quiz, id, i)));
        var written = WrittenIds.Select(id => new AssessmentItem(AssessmentItemKind.Written, Find(id).Id));
        return new LoadScript([.. quiz, .. exercises.Select(e => e.Item), .. written], exercises);
    }
}
