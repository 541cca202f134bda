using HipMobility.Diagnostics;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Security;

/// <summary>A Markdown link or image whose URL could run script is an error at its line; a site with one is not written.</summary>
public class UnsafeLinkTests
{
    public static TheoryData<string> UnsafeLinks =>
    [
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x]( javascript:alert(1) )",
        "[x](java&#115;cript:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](<javascript:alert(1)>)",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](file:///etc/passwd)",
        "![x](javascript:alert(1))",
        "<javascript:alert(1)>",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
    ];

    [Theory]
    [MemberData(nameof(UnsafeLinks))]
    public void A_link_url_that_could_run_script_is_an_error_at_its_line(string markdown)
    {
        var pose = InMemorySite.Pose(body: "1. Kneel.\n\n" + markdown);
        var line = pose.Split('\n').ToList().IndexOf(markdown.Split('\n')[0]) + 1;

        var (_, diagnostics) = InMemorySite.Link(
            InMemorySite.File("muscles/hip-flexors.md", InMemorySite.Muscle),
            InMemorySite.File("poses/low-lunge.md", pose));

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.UnsafeLinkUrl, "input/poses/low-lunge.md", line), (error.Code, error.Location.Path, error.Location.Line));
    }

    [Theory]
    [InlineData("[x](https://example.org/)")]
    [InlineData("[x](http://example.org/a:b)")]
    [InlineData("[x](mailto:someone@example.org)")]
    [InlineData("[x](/poses/pigeon/)")]
    [InlineData("[x](../pigeon/#step-1)")]
    [InlineData("[x](#why-it-helps)")]
    [InlineData("[x](a/b:c)")]
    public void An_ordinary_link_url_is_accepted(string markdown)
    {
        var (_, diagnostics) = InMemorySite.Link(
            InMemorySite.File("muscles/hip-flexors.md", InMemorySite.Muscle),
            InMemorySite.File("poses/low-lunge.md", InMemorySite.Pose(body: "1. Kneel.\n\n" + markdown)));

        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_site_with_an_unsafe_link_is_not_written_and_the_previous_output_stays()
    {
        using var site = SiteCopy.Sample();
        Assert.True(site.Build().Succeeded);
        var before = site.Snapshot();
        site.Write("poses/pigeon.md", site.Read("poses/pigeon.md") + "\n[Click me](javascript:alert(document.cookie))\n");

        var report = site.Build();

        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeLinkUrl);
        var after = site.Snapshot();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), $"{kv.Key} changed"));
        Assert.DoesNotContain(after.Values, bytes => System.Text.Encoding.UTF8.GetString(bytes).Contains("javascript:alert(document.cookie)"));
    }
}
