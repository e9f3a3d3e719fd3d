using Viva.Core.Calibration;
using Xunit.Abstractions;

namespace Viva.Core.Tests.Calibration;

public sealed class IntraclassCorrelationTests(ITestOutputHelper output)
{
    [Fact]
    public void Shrout_and_Fleiss_table_2_gives_their_mean_squares()
    {
        var anova = IntraclassCorrelation.Anova(Published.ShroutFleissTable2())!;

        Assert.Equal((6, 4, 0), (anova.Targets, anova.Judges, anova.IncompleteTargets));
        Assert.Equal(11.24, Math.Round(anova.Bms, 2));
        Assert.Equal(6.26, Math.Round(anova.Wms, 2));
        Assert.Equal(32.49, Math.Round(anova.Jms, 2));
        Assert.Equal(1.02, Math.Round(anova.Ems, 2));
    }

    [Fact]
    public void Shrout_and_Fleiss_table_2_gives_their_intraclass_correlations()
    {
        var anova = IntraclassCorrelation.Anova(Published.ShroutFleissTable2())!;
        output.WriteLine($"BMS {anova.Bms:F4} WMS {anova.Wms:F4} JMS {anova.Jms:F4} EMS {anova.Ems:F4}");
        output.WriteLine($"ICC(1,1) {anova.Icc11:F6} ICC(2,1) {anova.Icc21:F6} ICC(3,1) {anova.Icc31:F6}");

        // The paper prints two decimals (.29, .17, .71); three are those of the exact computation,
        // e.g. ICC(2,1) = (BMS - EMS) / (BMS + 3 EMS + 4 (JMS - EMS) / 6) = 10.2222 / 35.2778 = .28976.
        Assert.Equal(0.290, Math.Round(anova.Icc21!.Value, 3));
        Assert.Equal(0.29, Math.Round(anova.Icc21!.Value, 2));
        Assert.Equal(0.166, Math.Round(anova.Icc11!.Value, 3));
        Assert.Equal(0.17, Math.Round(anova.Icc11!.Value, 2));
        Assert.Equal(0.715, Math.Round(anova.Icc31!.Value, 3));
        Assert.Equal(0.71, Math.Round(anova.Icc31!.Value, 2));
    }

    [Fact]
    public void A_target_with_a_missing_score_is_left_out_and_counted()
    {
        var table = Published.ShroutFleissTable2();
        var withGap = new RatingMatrix(Enumerable.Range(0, table.Units).Select(table.Unit).Append([3, null, 4, 5]));

        var anova = IntraclassCorrelation.Anova(withGap)!;

        Assert.Equal((6, 1), (anova.Targets, anova.IncompleteTargets));
        Assert.Equal(IntraclassCorrelation.Icc21(table)!.Value, anova.Icc21!.Value, 12);
    }

    [Fact]
    public void A_harsher_judge_costs_absolute_agreement_but_not_consistency()
    {
        // The second judge scores every target exactly 2 lower.
        var ratings = new RatingMatrix([[5, 3], [7, 5], [4, 2], [9, 7]]);

        var anova = IntraclassCorrelation.Anova(ratings)!;

        Assert.Equal(1.0, anova.Icc31!.Value, 12);
        Assert.True(anova.Icc21 < 0.9, $"ICC(2,1) {anova.Icc21} should show the offset");
    }

    [Fact]
    public void Too_little_data_or_no_variation_is_undefined()
    {
        Assert.Null(IntraclassCorrelation.Anova(new RatingMatrix([[1, 2, 3]])));
        Assert.Null(IntraclassCorrelation.Anova(new RatingMatrix([[1], [2], [3]])));
        Assert.Null(IntraclassCorrelation.Anova(new RatingMatrix([[4, 4], [4, 4]])));
        Assert.Null(IntraclassCorrelation.Anova(new RatingMatrix([[1, 2], [null, 3]])));
        Assert.Null(IntraclassCorrelation.Icc21(new RatingMatrix([])));
        // 2 x 2 with no difference between targets or judges: 0/0.
        Assert.Null(IntraclassCorrelation.Icc21(new RatingMatrix([[1, 2], [2, 1]])));
    }
}
