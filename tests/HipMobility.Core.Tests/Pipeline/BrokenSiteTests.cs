using HipMobility.Pipeline;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Pipeline;

/// <summary>
/// Each folder under tests/broken-sites overlays a few files onto the valid sample site and lists, in expected.txt,
/// exactly the diagnostics the build must print. A human reviews those files; HIPMOBILITY_UPDATE_GOLDEN=1 rewrites them.
/// </summary>
public class BrokenSiteTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(Repo.Path("tests", "broken-sites")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_site_reports_exactly_the_expected_diagnostics(string caseName)
    {
        using var temp = new TempDir();
        var input = temp.Sub("input");
        TempDir.Copy(Repo.SampleInput, input);
        TempDir.Copy(Repo.Path("tests", "broken-sites", caseName, "input"), input);

        var report = SiteBuild.Run(input, Repo.Theme, null, new SiteOptions("https://example.org/"));
        var actual = string.Join("\n", report.Diagnostics.Select(d => d.ToString())) + "\n";

        var expectedPath = Repo.Path("tests", "broken-sites", caseName, "expected.txt");
        if (Repo.UpdateGoldens) File.WriteAllText(expectedPath, actual);
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    [Fact]
    public void Every_broken_site_case_has_an_expected_file()
    {
        foreach (var dir in Directory.EnumerateDirectories(Repo.Path("tests", "broken-sites")))
            Assert.True(File.Exists(Path.Combine(dir, "expected.txt")), $"{dir} has no expected.txt");
    }
}
