namespace Viva.Core.Calibration;

/// <summary>
/// Every cut point the calibration figures are read against, named once. The ICC bands are Koo and Li's
/// (2016); the alpha floor is Krippendorff's (2004) lowest level for even tentative conclusions; the item
/// cut points are the usual classical test theory screens for a quiz item.
/// </summary>
public static class CalibrationThresholds
{
    /// <summary>ICC below this is poor agreement.</summary>
    public const double IccModerate = 0.50;

    /// <summary>ICC from this up is good.</summary>
    public const double IccGood = 0.75;

    /// <summary>ICC above this is excellent.</summary>
    public const double IccExcellent = 0.90;

    /// <summary>Alpha below this is flagged: the scores do not support even tentative conclusions.</summary>
    public const double AlphaFloor = 0.667;

    /// <summary>An item fewer than this share of candidates get right is too hard to tell candidates apart.</summary>
    public const double ItemTooHard = 0.20;

    /// <summary>An item more than this share get right is too easy to tell candidates apart.</summary>
    public const double ItemTooEasy = 0.90;

    /// <summary>An item-rest correlation below this discriminates weakly.</summary>
    public const double ItemWeak = 0.20;

    /// <summary>
    /// The band of an ICC. The published bands leave their edges open; here .50 and .75 start the band
    /// above them and .90 is still good, so "excellent" means strictly above .90 as the issue reads.
    /// </summary>
    public static IccBand BandOf(double icc) => icc switch
    {
        < IccModerate => IccBand.Poor,
        < IccGood => IccBand.Moderate,
        <= IccExcellent => IccBand.Good,
        _ => IccBand.Excellent,
    };

    /// <summary>Whether an alpha falls below <see cref="AlphaFloor"/>.</summary>
    public static bool AlphaIsFlagged(double alpha) => alpha < AlphaFloor;
}
