using Viva.Core.Assessments;

namespace Viva.Bench;

/// <summary>An exercise of the load test's assessment, with the code a candidate submits first (wrong) and last (the reference).</summary>
internal sealed record LoadExercise(AssessmentItem Item, string WrongCode, string ReferenceCode);
