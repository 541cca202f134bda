using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Figures;
using HipMobility.Pipeline;
using HipMobility.Rendering;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Rendering;

/// <summary>
/// Figures are placed and drawn once, kept by what they say: within a build, and in serve from one build to the next, so
/// an edit that leaves a figure as it was (a body edit) does not draw it again.
/// </summary>
public class FigureDrawingsTests
{
    /// <summary>The guide parsed afresh: every pose and figure a new object, as after serve re-reads the files.</summary>
    private static LinkedSite Parse()
    {
        var bag = new DiagnosticBag();
        var urls = new SiteUrls("https://example.org/");
        var site = LinkStage.Run(ValidateStage.Run(ParseStage.Run(DiscoverStage.Run(Repo.Path("input")), urls, bag), bag), urls, bag);
        Assert.False(bag.HasErrors);
        return site;
    }

    [Fact]
    public void A_figure_read_again_unchanged_keeps_the_drawing_of_the_last_build()
    {
        var drawings = new FigureDrawings();
        var bridge = Parse().Poses["bridge"];
        var first = drawings.Of(bridge, null);
        drawings.NextBuild();
        var again = Parse().Poses["bridge"];
        Assert.NotSame(bridge.Figure, again.Figure);
        Assert.Same(first, drawings.Of(again, null));
        Assert.Same(drawings.Of(bridge, bridge.Variants[0]), drawings.Of(again, again.Variants[0]));
    }

    [Fact]
    public void A_figure_that_changed_is_drawn_again()
    {
        var drawings = new FigureDrawings();
        var bridge = Parse().Poses["bridge"];
        var first = drawings.Of(bridge, null)!;
        drawings.NextBuild();
        var lifted = bridge with { Figure = bridge.Figure! with { Angles = new Dictionary<string, double>(bridge.Figure.Angles) { ["knee-flexion"] = 100 } } };
        var redrawn = drawings.Of(lifted, null)!;
        Assert.NotSame(first, redrawn);
        Assert.Equal(FigureSvg.Draw(lifted.Figure!, "f", "t"), FigureSvg.Draw(redrawn, "f", "t"));
    }

    [Fact]
    public void A_figure_s_new_alt_text_is_a_new_drawing()
    {
        var bridge = Parse().Poses["bridge"];
        var frames = bridge.Figure!.Frames.Select((f, i) => i == 0 ? f with { Alt = "Lying on the back." } : f).ToList();
        Assert.NotEqual(bridge.Figure.Identity(), (bridge.Figure with { Frames = frames }).Identity());
    }

    [Fact]
    public void A_version_without_a_figure_of_its_own_has_no_drawing()
    {
        var site = Parse();
        var (pose, variant) = site.Poses.Values.SelectMany(p => p.Variants.Select(v => (p, v))).First(x => x.p.Figure is not null && x.v.Figure is null);
        Assert.Null(new FigureDrawings().Of(pose, variant));
    }
}
