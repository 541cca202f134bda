using HipMobility.Diagnostics;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Security;

/// <summary>
/// Ids, cross-links and old URLs become paths in the output folder. None of them can name a path outside it: each
/// hostile value is reported as an error at its line, and the build writes nothing anywhere.
/// </summary>
public class PathEscapeTests
{
    private const string Marker = "hm-escape-probe";

    public static TheoryData<string> HostileIds =>
    [
        $"../../{Marker}", $"../{Marker}", $"..\\\\..\\\\{Marker}", $"/tmp/{Marker}", $"C:\\\\{Marker}", $"poses/../../{Marker}", "..", ".",
        "con", "CON", "nul", "aux", "com1", "lpt1", "assets", "pagefind", $"{Marker}/", $"{Marker}%2f..", $"{Marker}\\u0000",
    ];

    [Theory]
    [MemberData(nameof(HostileIds))]
    public void A_hostile_pose_id_is_an_error_and_nothing_is_written(string id)
    {
        using var site = SiteCopy.Sample();
        site.Replace("poses/pigeon.md", "id: pigeon", $"id: \"{id}\"");

        var report = site.Build();

        var error = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.IdNotKebab);
        Assert.Equal(("input/poses/pigeon.md", 2), (error.Location.Path, error.Location.Line));
        AssertNothingWritten(site);
    }

    [Theory]
    [InlineData("con")]
    [InlineData("aux")]
    [InlineData("lpt9")]
    [InlineData("assets")]
    public void A_pose_file_named_like_a_reserved_device_or_site_folder_is_an_error(string name)
    {
        using var site = SiteCopy.Sample();
        File.Move(site.PathOf("poses/low-lunge.md"), site.PathOf($"poses/{name}.md"));
        site.Replace($"poses/{name}.md", "id: low-lunge", $"id: {name}");

        var report = site.Build();

        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.IdNotKebab && d.Location.Path == $"input/poses/{name}.md" && d.Location.Line == 2);
        AssertNothingWritten(site);
    }

    [Theory]
    [InlineData("con")]
    [InlineData("Safety")]
    [InlineData("a b")]
    public void A_free_page_whose_file_name_is_not_a_valid_id_is_an_error(string name)
    {
        using var site = SiteCopy.Sample();
        site.Write($"{name}.md", "---\ntitle: Hello\nsummary: Hello.\n---\nHello.\n");

        var report = site.Build();

        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.IdNotKebab && d.Location.Path == $"input/{name}.md");
        AssertNothingWritten(site);
    }

    public static TheoryData<string> HostileLinkTargets =>
    [
        $"../../{Marker}", $"..\\{Marker}", $"/etc/{Marker}", $"C:\\{Marker}", "con", $"poses/../../{Marker}", $"%2e%2e/{Marker}", "..",
    ];

    [Theory]
    [MemberData(nameof(HostileLinkTargets))]
    public void A_cross_link_to_a_hostile_target_is_an_error_and_nothing_is_written(string target)
    {
        using var site = SiteCopy.Sample();
        site.Write("poses/pigeon.md", site.Read("poses/pigeon.md") + $"\nSee [[{target}]].\n");
        var line = site.Read("poses/pigeon.md").Split('\n').Length - 1;

        var report = site.Build();

        var error = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.UnknownLinkTarget);
        Assert.Equal(("input/poses/pigeon.md", line), (error.Location.Path, error.Location.Line));
        AssertNothingWritten(site);
    }

    public static TheoryData<string> HostileRedirects =>
    [
        $"/../../{Marker}/", $"/poses/../../{Marker}/", $"/..\\\\{Marker}/", $"\\\\{Marker}\\\\", $"//{Marker}.example/", $"{Marker}/",
        $"C:\\\\{Marker}", $"/{Marker}/?x", $"/{Marker}/#x", $"/{Marker} x/", "..", "javascript:alert(1)",
    ];

    [Theory]
    [MemberData(nameof(HostileRedirects))]
    public void A_hostile_redirect_from_is_an_error_and_nothing_is_written(string from)
    {
        using var site = SiteCopy.Sample();
        site.Replace("poses/pigeon.md", "sources: [test-source]", $"sources: [test-source]\nredirect_from: [\"{from}\"]");
        var line = 1 + Array.FindIndex(site.Read("poses/pigeon.md").Split('\n'), l => l.StartsWith("redirect_from:", StringComparison.Ordinal));

        var report = site.Build();

        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.InvalidRedirect && d.Location.Path == "input/poses/pigeon.md" && d.Location.Line == line);
        AssertNothingWritten(site);
    }

    [Fact]
    public void A_layout_name_cannot_load_a_template_from_outside_the_theme()
    {
        using var site = SiteCopy.Sample();
        File.WriteAllText(Path.Combine(site.Root, "evil.sbn-html"), "<script>alert('layout')</script>");
        site.Replace("index.md", "summary: A small site used by the tests.", "summary: A small site used by the tests.\nlayout: ../../evil");

        var report = site.Build();

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.DoesNotContain("alert('layout')", File.ReadAllText(Path.Combine(site.Output, "index.html")));
    }

    /// <summary>No output folder, no stray file beside it, and nothing at the paths the hostile values point to.</summary>
    private static void AssertNothingWritten(SiteCopy site)
    {
        Assert.False(Directory.Exists(Path.Combine(site.Root, "out")), "a failed build created the output folder");
        Assert.Empty(site.StrayFiles());
        Assert.DoesNotContain(site.AllFiles(), f => f.Contains(Marker, StringComparison.Ordinal) && !f.StartsWith("input/", StringComparison.Ordinal));
        foreach (var dir in new[] { site.Root, Path.GetDirectoryName(site.Root)!, Path.GetTempPath(), "/tmp", Environment.CurrentDirectory })
            Assert.False(Directory.Exists(Path.Combine(dir, Marker)) || File.Exists(Path.Combine(dir, Marker)), $"something was written at {Path.Combine(dir, Marker)}");
    }
}
