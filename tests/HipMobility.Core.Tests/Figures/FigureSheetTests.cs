using HipMobility.Pipeline;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Figures;

/// <summary>The contact sheet (<c>hipmobility figures</c>): every pose and variant of the guide, drawn or listed as missing.</summary>
public class FigureSheetTests
{
    [Fact]
    public void The_sheet_draws_every_figure_of_the_guide_and_names_each_pose_and_variant()
    {
        var (diagnostics, html) = FigureSheetBuild.Run(Repo.Path("input"));
        Assert.DoesNotContain(diagnostics, d => d.Severity == HipMobility.Diagnostics.Severity.Error);
        Assert.NotNull(html);
        Assert.Contains("<svg class=\"figure-svg\"", html);
        Assert.Contains("aria-labelledby=\"fig-bridge-t\"", html);
        Assert.Contains("aria-labelledby=\"fig-bridge-low-t\"", html);
        foreach (var pose in Directory.EnumerateFiles(Repo.Path("input", "poses"), "*.md"))
            Assert.Contains($"<section id=\"{Path.GetFileNameWithoutExtension(pose)}\">", html);
    }

    [Fact]
    public void The_sheet_can_be_limited_to_some_poses()
    {
        var (_, html) = FigureSheetBuild.Run(Repo.Path("input"), ["bridge"]);
        Assert.Contains("<section id=\"bridge\">", html);
        Assert.DoesNotContain("<section id=\"childs-pose\">", html);
    }
}
