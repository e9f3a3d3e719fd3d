namespace Viva.Core.Calibration;

/// <summary>Koo and Li's (2016) reading of an intraclass correlation; the cut points are in <see cref="CalibrationThresholds"/>.</summary>
public enum IccBand
{
    Poor,
    Moderate,
    Good,
    Excellent,
}
