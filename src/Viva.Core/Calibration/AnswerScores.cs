namespace Viva.Core.Calibration;

/// <summary>The scores a panel gave one candidate's answer to one question (one score per interviewer who scored it).</summary>
public sealed record AnswerScores(string Question, IReadOnlyList<double> Scores);
