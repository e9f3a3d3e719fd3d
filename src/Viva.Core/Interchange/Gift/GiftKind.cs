namespace Viva.Core.Interchange.Gift;

/// <summary>The question types of Moodle's GIFT format, decided by the shape of the answer block.</summary>
public enum GiftKind
{
    /// <summary>No answer block: text shown, nothing asked.</summary>
    Description,
    /// <summary><c>{}</c>: a free-text answer graded by a person.</summary>
    Essay,
    /// <summary><c>{=right ~wrong}</c>: one answer is right.</summary>
    MultipleChoice,
    /// <summary><c>{~%50%a ~%50%b ~%-100%c}</c>: several answers share the credit.</summary>
    MultipleAnswers,
    /// <summary><c>{T}</c> or <c>{FALSE}</c>.</summary>
    TrueFalse,
    /// <summary><c>{=a =b}</c>: any listed answer is accepted.</summary>
    ShortAnswer,
    /// <summary><c>{=a -> b =c -> d}</c>.</summary>
    Matching,
    /// <summary><c>{#3.14:0.01}</c>, <c>{#1..5}</c> or several <c>=</c> numerical answers.</summary>
    Numerical,
}
