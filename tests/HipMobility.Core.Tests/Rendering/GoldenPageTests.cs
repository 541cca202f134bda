using HipMobility.Pipeline;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Rendering;

/// <summary>
/// Rendered HTML of one page of each kind, compared with files a human reviews in diffs.
/// Run with HIPMOBILITY_UPDATE_GOLDEN=1 to rewrite them after an intended change.
/// </summary>
public class GoldenPageTests : IClassFixture<GoldenPageTests.SampleSite>
{
    public sealed class SampleSite : IDisposable
    {
        public TempDir Temp { get; } = new();
        public SampleSite() => SiteBuild.Run(Repo.SampleInput, Repo.Theme, Temp.Sub("site"), new SiteOptions("https://example.org/"));
        public void Dispose() => Temp.Dispose();
    }

    private readonly SampleSite _site;
    public GoldenPageTests(SampleSite site) => _site = site;

    [Theory]
    [InlineData("poses/pigeon/index.html", "pose-pigeon.html")]
    [InlineData("muscles/deep-hip-rotators/index.html", "muscle-deep-hip-rotators.html")]
    [InlineData("routines/evening/index.html", "routine-evening.html")]
    [InlineData("routines/evening/print/index.html", "routine-evening-print.html")]
    [InlineData("precautions/knee-problems/index.html", "precaution-knee-problems.html")]
    [InlineData("routines/evening/play/index.html", "routine-evening-play.html")]
    public void Rendered_page_matches_its_golden_file(string page, string golden)
    {
        var actual = File.ReadAllText(_site.Temp.Sub("site", page));
        var goldenPath = Repo.Path("tests", "HipMobility.Core.Tests", "Golden", golden);
        if (Repo.UpdateGoldens) File.WriteAllText(goldenPath, actual);
        Assert.Equal(File.ReadAllText(goldenPath), actual);
    }
}
