namespace Viva.Core.Calibration;

/// <summary>
/// One interviewer's part in a panel's agreement: the panel's figures without them, and how much each figure
/// rises when they are left out (with a 95% bootstrap interval of that rise over the same resamples). A rise
/// whose interval is above 0 says this interviewer scores differently from the rest; a fall says the panel
/// agrees better with them. Both figures are single-rater reliabilities, so leaving out a rater who scores
/// like the rest does not, in expectation, move them.
/// </summary>
public sealed record InterviewerAgreement(
    int Rater,
    Agreement Without,
    double? IccRise,
    BootstrapInterval? IccRiseInterval,
    double? AlphaRise,
    BootstrapInterval? AlphaRiseInterval);
