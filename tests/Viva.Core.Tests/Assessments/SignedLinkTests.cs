using Viva.Core.Assessments;

namespace Viva.Core.Tests.Assessments;

public class SignedLinkTests
{
    private static readonly DateTimeOffset Expires = new(2026, 12, 31, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_signed_token_names_its_invitation_and_expiry_and_carries_the_keys_signature()
    {
        var key = SignedLink.NewKey();
        var token = SignedLink.Sign(key, "abc123", Expires);
        Assert.Equal(("abc123", Expires), SignedLink.Read(token));
        Assert.True(SignedLink.IsSigned(key, token));
    }

    [Fact]
    public void Changing_any_part_or_signing_with_another_key_breaks_it()
    {
        var key = SignedLink.NewKey();
        var token = SignedLink.Sign(key, "abc123", Expires);
        var parts = token.Split('.');
        Assert.False(SignedLink.IsSigned(key, $"abc124.{parts[1]}.{parts[2]}"));
        Assert.False(SignedLink.IsSigned(key, $"{parts[0]}.{long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) + 1}.{parts[2]}"));
        Assert.False(SignedLink.IsSigned(key, $"{parts[0]}.{parts[1]}.{parts[2][..^1]}"));
        Assert.False(SignedLink.IsSigned(key, $"{parts[0]}.{parts[1]}."));
        Assert.False(SignedLink.IsSigned(SignedLink.NewKey(), token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a.b.c")]
    [InlineData("a.-5.c")]
    [InlineData(".123.c")]
    [InlineData("a.1.2.3")]
    [InlineData("a.99999999999999999999.c")]
    public void Malformed_tokens_are_not_read(string? token) => Assert.Null(SignedLink.Read(token));
}

public class AssessmentItemTests
{
    [Theory]
    [InlineData("quiz:gil#2", AssessmentItemKind.Quiz, "gil", 2)]
    [InlineData("quiz:a#b#0", AssessmentItemKind.Quiz, "a#b", 0)]
    [InlineData("exercise:lru-cache", AssessmentItemKind.Exercise, "lru-cache", 0)]
    [InlineData("written:gil", AssessmentItemKind.Written, "gil", 0)]
    public void Keys_round_trip(string key, AssessmentItemKind kind, string questionId, int index)
    {
        var item = AssessmentItem.Parse(key);
        Assert.Equal(new AssessmentItem(kind, questionId, index), item);
        Assert.Equal(key, item!.Key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("gil")]
    [InlineData("quiz:gil")]
    [InlineData("quiz:gil#-1")]
    [InlineData("quiz:gil#x")]
    [InlineData("essay:gil")]
    [InlineData("written:")]
    [InlineData(":gil")]
    public void Anything_else_is_not_an_item(string? key) => Assert.Null(AssessmentItem.Parse(key));
}

public class AttemptClockTests
{
    [Fact]
    public void Extra_time_stretches_the_allowance_and_the_grace_follows_the_deadline()
    {
        var start = new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromMinutes(30), AttemptClock.Allowance(20, 50));
        Assert.Equal(start.AddMinutes(40), AttemptClock.Deadline(start, 20, 100));
        Assert.True(AttemptClock.Open(start, 20, 0, start.AddMinutes(20).AddSeconds(30)));
        Assert.False(AttemptClock.Open(start, 20, 0, start.AddMinutes(20).AddSeconds(31)));
        Assert.True(AttemptClock.Open(start, 20, 25, start.AddMinutes(25)));
    }
}
