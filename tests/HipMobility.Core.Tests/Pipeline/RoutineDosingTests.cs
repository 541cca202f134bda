using HipMobility.Tests.Support;

namespace HipMobility.Tests.Pipeline;

/// <summary>Sets, rests, how often and progression on routines, as the validate and link stages read them.</summary>
public class RoutineDosingTests
{
    private const string Routine = """
        ---
        id: strength
        title: Strength
        summary: Short.
        level: beginner
        setting: floor
        steps:
          - pose: low-lunge
            sets: 3
            rest: 30s
          - pose: twist
            hold: 1 min
            sides: both
        how_often:
          times_a_day: 1
          days_a_week: 5
        progress: When it feels easy for a week, add a set.
        step_back: If pain is worse the next morning, do one set fewer.
        stages:
          - weeks: 1-2
            plan: Two sets of each.
        ---
        """;

    private static HipMobility.Content.Routine Linked(string routine = Routine)
    {
        var (site, diagnostics) = InMemorySite.Link(
            InMemorySite.File("muscles/hip-flexors.md", InMemorySite.Muscle),
            InMemorySite.File("poses/low-lunge.md", InMemorySite.Pose()),
            InMemorySite.File("poses/twist.md", InMemorySite.Pose("twist")),
            InMemorySite.File("routines/strength.md", routine));
        Assert.DoesNotContain(diagnostics, d => d.Severity == HipMobility.Diagnostics.Severity.Error);
        return site.Routines["strength"];
    }

    [Fact]
    public void Total_time_counts_every_set_and_the_rests_between_them()
    {
        // Low lunge: 30s each side × 3 sets = 180 s, plus 2 rests of 30 s = 240 s; twist 60 s; one 10 s change: 310 s → 6 minutes.
        Assert.Equal(6, Linked().TotalMinutes);
    }

    [Fact]
    public void A_step_that_takes_the_poses_hold_keeps_its_own_sets_and_rest()
    {
        var dose = Linked().Steps[0].Dose;
        Assert.Equal(("30s", 3, "30s"), (dose.Hold!.Text, dose.Sets, dose.Rest!.Text));
    }

    [Fact]
    public void How_often_progression_and_stages_are_read_from_front_matter()
    {
        var routine = Linked();
        Assert.Equal(new HipMobility.Content.HowOften(1, 5), routine.HowOften);
        Assert.Equal("When it feels easy for a week, add a set.", routine.Progress);
        Assert.Equal("If pain is worse the next morning, do one set fewer.", routine.StepBack);
        Assert.Equal(new HipMobility.Content.RoutineStage("1-2", "Two sets of each."), Assert.Single(routine.Stages));
    }
}
