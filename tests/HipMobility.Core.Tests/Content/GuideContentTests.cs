using HipMobility.Pipeline;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Content;

/// <summary>The published guide itself: complete, clean, and every link resolving.</summary>
public class GuideContentTests
{
    private static readonly Lazy<(BuildReport Report, HipMobility.Content.ContentSet Content)> Guide = new(() =>
    {
        var report = SiteBuild.Run(Repo.Path("input"), Repo.Theme, null, new SiteOptions("https://example.org/"));
        var bag = new HipMobility.Diagnostics.DiagnosticBag();
        var content = ValidateStage.Run(ParseStage.Run(DiscoverStage.Run(Repo.Path("input")), InMemorySite.Urls, bag), bag);
        return (report, content);
    });

    [Fact]
    public void The_guide_checks_with_no_errors_and_no_warnings() =>
        Assert.Empty(Guide.Value.Report.Diagnostics.Select(d => d.ToString()));

    [Fact]
    public void The_guide_has_at_least_38_poses_15_muscle_groups_and_10_routines()
    {
        var c = Guide.Value.Content;
        Assert.True(c.Poses.Count >= 38, $"{c.Poses.Count} poses");
        Assert.True(c.Muscles.Count >= 15, $"{c.Muscles.Count} muscles");
        Assert.True(c.Routines.Count >= 10, $"{c.Routines.Count} routines");
    }

    [Fact]
    public void Every_routine_says_how_often_and_when_to_do_more_or_ease_off()
    {
        var missing = Guide.Value.Content.Routines
            .Where(r => r.HowOften is null || r.Progress is null || r.StepBack is null).Select(r => r.Id).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void The_guide_has_home_safety_about_and_for_clinics_pages() =>
        Assert.Superset(new HashSet<string> { "index", "safety", "about", "for-clinics" }, Guide.Value.Content.Pages.Select(p => p.Slug).ToHashSet());

    [Fact]
    public void Every_cross_link_in_the_guide_resolves()
    {
        // An unresolved [[link]] is error HM014 (or HM013 for a variant), so a clean check proves it; assert the count too.
        var unresolved = Guide.Value.Report.Diagnostics.Where(d => d.Code is "HM013" or "HM014").ToList();
        Assert.Empty(unresolved);
    }

    [Fact]
    public void Every_pose_tells_the_reader_to_stop_on_sharp_pain() =>
        Assert.All(Guide.Value.Content.Poses, p =>
            Assert.True(p.Cautions.Any(c => c.Contains("sharp pain", StringComparison.OrdinalIgnoreCase)), $"{p.Id} has no sharp-pain caution"));
}
