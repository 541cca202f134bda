using System.Text.Json;
using System.Xml.Linq;
using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Pipeline;
using HipMobility.Rendering;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Rendering;

/// <summary>
/// Every figure as a file of its own (<c>/figures/*.svg</c>): what pose cards, printed handouts and search results show.
/// One file per pose and per version with a figure, a well-formed accessible image that carries its own colours.
/// </summary>
public class FigureFileTests
{
    /// <summary>The guide built once for these tests, and its content linked as the build links it.</summary>
    private static readonly Lazy<(SiteCopy Copy, LinkedSite Site)> Built = new(() =>
    {
        var copy = SiteCopy.Guide();
        var report = copy.Build();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var bag = new DiagnosticBag();
        var urls = new SiteUrls("https://example.org/");
        return (copy, LinkStage.Run(ValidateStage.Run(ParseStage.Run(DiscoverStage.Run(copy.Input), urls, bag), bag), urls, bag));
    });

    private static string FileOf(string poseId, string? variantId = null) =>
        Path.Combine(Built.Value.Copy.Output, "figures", variantId is null ? poseId + ".svg" : Path.Combine(poseId, variantId + ".svg"));

    [Fact]
    public void Every_pose_and_version_with_a_figure_has_its_file_and_no_other_does()
    {
        var site = Built.Value.Site;
        var expected = new List<string>();
        foreach (var pose in site.Poses.Values)
        {
            if (pose.Figure is not null) expected.Add(pose.Id + ".svg");
            expected.AddRange(pose.Variants.Where(v => pose.FigureOf(v) is not null).Select(v => pose.Id + "/" + v.Id + ".svg"));
        }
        var root = Path.Combine(Built.Value.Copy.Output, "figures");
        var written = Directory.EnumerateFiles(root, "*.svg", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'));
        Assert.True(expected.Count > 20, $"only {expected.Count} figures in the guide");
        Assert.Equal(expected.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_figure_file_is_an_accessible_image_named_and_described_with_the_theme_s_figure_colours()
    {
        var svg = XDocument.Load(FileOf("bridge"));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var root = svg.Root!;
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("Bridge", root.Element(ns + "title")!.Value);
        Assert.StartsWith("Start: ", root.Element(ns + "desc")!.Value);
        var style = root.Element(ns + "style")!.Value;
        Assert.Contains(".fig-near", style);
        Assert.Contains("prefers-color-scheme: dark", style);
        Assert.True(root.Descendants(ns + "path").Count(p => (string?)p.Attribute("class") == "fig-near") > 3, "no body drawn");

        var variant = XDocument.Load(FileOf("bridge", "low")).Root!;
        Assert.Equal("Low bridge", variant.Element(ns + "title")!.Value);
    }

    [Fact]
    public void The_handout_data_names_each_version_s_own_figure_and_its_words()
    {
        using var json = JsonDocument.Parse(HandoutData.Json(Built.Value.Site));
        var poses = json.RootElement.GetProperty("poses").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
        var bridge = poses["bridge"].GetProperty("figure");
        Assert.Equal("/figures/bridge.svg", bridge.GetProperty("url").GetString());
        Assert.StartsWith("Start: ", bridge.GetProperty("alt").GetString());
        var site = Built.Value.Site;
        foreach (var pose in site.Poses.Values)
            foreach (var (variant, data) in pose.Variants.Zip(poses[pose.Id].GetProperty("variants").EnumerateArray()))
                Assert.Equal(pose.FigureOf(variant) is not null, data.TryGetProperty("figure", out _));
        foreach (var pose in site.Poses.Values)
            Assert.Equal(pose.Figure is not null, poses[pose.Id].TryGetProperty("figure", out _));
    }
}
