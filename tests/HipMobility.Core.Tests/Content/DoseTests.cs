using HipMobility.Content;

namespace HipMobility.Tests.Content;

public class DoseTests
{
    [Theory]
    [InlineData("30s", 30)]
    [InlineData("45 sec", 45)]
    [InlineData("1 min", 60)]
    [InlineData("2 minutes", 120)]
    [InlineData("5 breaths", 25)]
    [InlineData("30-60s", 60)]
    public void Holds_are_read_in_seconds(string text, int seconds) => Assert.Equal(seconds, HoldDuration.TryParse(text)!.Seconds);

    [Theory]
    [InlineData("30")]
    [InlineData("thirty seconds")]
    [InlineData("60-30s")]
    [InlineData("0s")]
    public void Invalid_holds_are_refused(string text) => Assert.Null(HoldDuration.TryParse(text));

    [Theory]
    [InlineData("10", 10)]
    [InlineData("8-10", 10)]
    public void Reps_take_their_upper_bound(string text, int max) => Assert.Equal(max, RepCount.TryParse(text)!.Max);

    [Fact]
    public void Reps_with_a_hold_take_reps_times_hold() =>
        Assert.Equal(50, new Dose(HoldDuration.TryParse("5s"), RepCount.TryParse("10")).Seconds);

    [Fact]
    public void Reps_alone_take_four_seconds_each() =>
        Assert.Equal(40, new Dose(null, RepCount.TryParse("10")).Seconds);
}

public class SetTimingTests
{
    [Fact]
    public void Total_seconds_count_every_set_on_every_side_and_the_rests_between_them() =>
        // 10 reps × 4 s = 40 s a side; 2 sides × 3 sets = 240 s; 2 rests of 45 s (the longer end of 30-45s) = 90 s.
        Assert.Equal(330, (new Dose(null, RepCount.TryParse("10")) { Sets = 3, Rest = HoldDuration.TryParse("30-45s") }).TotalSeconds(2));

    [Fact]
    public void A_single_set_has_no_rest() =>
        Assert.Equal(60, new Dose(HoldDuration.TryParse("30s"), null).TotalSeconds(2));
}
