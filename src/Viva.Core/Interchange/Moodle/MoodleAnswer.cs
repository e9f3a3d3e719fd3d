namespace Viva.Core.Interchange.Moodle;

/// <summary>One <c>answer</c> of a Moodle question: its text, its credit in percent and the feedback shown when it is chosen, each text with its format.</summary>
public sealed record MoodleAnswer(string Text, string Format, decimal Fraction, string Feedback, string FeedbackFormat);
