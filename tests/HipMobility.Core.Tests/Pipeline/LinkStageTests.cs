using HipMobility.Content;
using Markdig.Syntax;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Pipeline;

public class LinkStageTests
{
    private const string Routine = """
        ---
        id: evening
        title: Evening
        summary: Short.
        level: beginner
        setting: floor
        steps:
          - pose: low-lunge
          - pose: twist
            hold: 1 min
            sides: both
        ---
        """;

    private static LinkedSite Site() => InMemorySite.Link(
        InMemorySite.File("muscles/hip-flexors.md", InMemorySite.Muscle),
        InMemorySite.File("poses/low-lunge.md", InMemorySite.Pose(extra: "related: [twist]")),
        InMemorySite.File("poses/twist.md", InMemorySite.Pose("twist")),
        InMemorySite.File("routines/evening.md", Routine)).Site;

    [Fact]
    public void Related_poses_link_both_ways() =>
        Assert.Equal("low-lunge", Assert.Single(Site().RelatedTo("twist")).Id);

    [Fact]
    public void A_muscle_lists_the_poses_that_work_it_by_role()
    {
        var uses = Site().UsesOf("hip-flexors");
        Assert.Equal(["low-lunge", "twist"], uses.Select(u => u.Pose.Id).Order());
        Assert.All(uses, u => Assert.Equal(MuscleRole.Stretched, u.Role));
    }

    [Fact]
    public void A_pose_knows_the_routines_and_step_numbers_that_use_it()
    {
        var use = Assert.Single(Site().RoutinesUsing("twist"));
        Assert.Equal(("evening", 2), (use.Routine.Id, use.StepNumber));
    }

    [Fact]
    public void A_step_without_hold_or_sides_takes_the_poses_own()
    {
        var step = Site().Routines["evening"].Steps[0];
        Assert.Equal(("30s", "each"), (step.Dose.Hold!.Text, step.Sides));
    }

    [Fact]
    public void Total_time_is_computed_from_the_steps()
    {
        // 30s each side (60) + 60s both (60) + one 10s transition = 130s → 3 minutes, rounded up.
        Assert.Equal(3, Site().Routines["evening"].TotalMinutes);
    }

    [Fact]
    public void A_cross_link_to_a_variant_resolves_to_its_anchor()
    {
        var (site, diagnostics) = InMemorySite.Link(
            InMemorySite.File("muscles/hip-flexors.md", InMemorySite.Muscle),
            InMemorySite.File("poses/low-lunge.md", InMemorySite.Pose(
                extra: "variants:\n  - {id: chair, name: Chair lunge, position: chair, intensity: gentle, cue: Sit.}",
                body: "Try [[low-lunge#chair]].")));
        Assert.DoesNotContain(diagnostics, d => d.Severity == HipMobility.Diagnostics.Severity.Error);
        var html = HipMobility.Markdown.BodyRenderer.Render(site.Poses["low-lunge"].Body, site).Html;
        Assert.Contains("<a class=\"xref\" href=\"/poses/low-lunge/#chair\">Chair lunge</a>", html);
    }

    [Fact]
    public void An_id_used_by_a_pose_and_a_muscle_is_a_duplicate()
    {
        var errors = InMemorySite.Errors(
            InMemorySite.File("muscles/hip-flexors.md", InMemorySite.Muscle),
            InMemorySite.File("poses/hip-flexors.md", InMemorySite.Pose("hip-flexors")));
        Assert.Contains(errors, e => e.Contains("HM010"));
    }
}

public class BasePathLinkTests
{
    [Fact]
    public void A_markdown_link_from_the_site_root_respects_a_sub_path_base()
    {
        var bag = new HipMobility.Diagnostics.DiagnosticBag();
        var urls = new SiteUrls("https://example.org/guide/");
        var parsed = HipMobility.Pipeline.ParseStage.Run([
            InMemorySite.File("muscles/hip-flexors.md", InMemorySite.Muscle),
            InMemorySite.File("poses/low-lunge.md", InMemorySite.Pose(body: "Read [the safety page](/safety/) first."))], urls, bag);
        var site = HipMobility.Pipeline.LinkStage.Run(HipMobility.Pipeline.ValidateStage.Run(parsed, bag), urls, bag);
        var html = HipMobility.Markdown.BodyRenderer.Render(site.Poses["low-lunge"].Body, site).Html;
        Assert.Contains("<a href=\"/guide/safety/\">the safety page</a>", html);
    }
}
