namespace Viva.Core.Calibration;

/// <summary>What an item's figures say needs a look; the cut points are in <see cref="CalibrationThresholds"/>.</summary>
[Flags]
public enum ItemFlags
{
    None = 0,

    /// <summary>Difficulty p below .20: almost nobody gets it right.</summary>
    TooHard = 1,

    /// <summary>Difficulty p above .90: almost everybody gets it right.</summary>
    TooEasy = 2,

    /// <summary>Item-rest r from 0 up to .20: getting it right says little about the rest of the quiz.</summary>
    Weak = 4,

    /// <summary>Item-rest r below 0: the candidates who do well elsewhere get it wrong, most often a wrong key.</summary>
    CheckTheKey = 8,
}
