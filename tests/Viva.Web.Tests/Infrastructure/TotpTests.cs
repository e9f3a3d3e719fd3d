using System.Text;

namespace Viva.Web.Tests.Infrastructure;

/// <summary>The tests' authenticator is held to the RFCs before it judges the app.</summary>
public sealed class TotpTests
{
    private static readonly byte[] RfcKey = Encoding.ASCII.GetBytes("12345678901234567890");

    /// <summary>RFC 6238, Appendix B: the SHA-1 rows (8 digits).</summary>
    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void Codes_match_the_RFC_6238_SHA1_test_vectors(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Code(RfcKey, DateTimeOffset.FromUnixTimeSeconds(unixSeconds), digits: 8));

    /// <summary>RFC 4226, Appendix D: 6-digit codes for counters 0 and 1 (steps 0 and 1 of TOTP).</summary>
    [Fact]
    public void Six_digit_codes_match_RFC_4226_and_steps_move_by_30_seconds()
    {
        Assert.Equal("755224", Totp.Code(RfcKey, DateTimeOffset.FromUnixTimeSeconds(0)));
        Assert.Equal("287082", Totp.Code(RfcKey, DateTimeOffset.FromUnixTimeSeconds(29), stepOffset: 1));
        Assert.Equal("287082", Totp.Code(RfcKey, DateTimeOffset.FromUnixTimeSeconds(30)));
    }

    [Fact]
    public void Base32_reads_a_grouped_lower_case_key() =>
        Assert.Equal(RfcKey, Totp.Base32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
}
