using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Tests.Fuzzing;
using HipMobility.Tests.Support;

namespace HipMobility.Tests;

/// <summary>
/// Values found by the fuzzing, injection and fault tests (issue 11) that once crashed a stage or took over another
/// page's URL: non-ASCII digits, dot segments and reserved names in redirects, redirects onto live pages, free pages
/// named like generated indexes. Each is now a diagnostic with file and line.
/// </summary>
public class HostileValueTests
{
    // ---- Content/Dose.cs: \d matches every Unicode digit, int.Parse then throws ----

    [Theory]
    [InlineData("٣٠s")]       // Arabic-Indic digits
    [InlineData("३० sec")]    // Devanagari digits
    [InlineData("３０s")]      // full-width digits
    public void A_hold_written_with_non_ascii_digits_is_invalid_not_a_crash(string hold)
    {
        Assert.Null(HoldDuration.TryParse(hold));
    }

    [Theory]
    [InlineData("٣")]
    [InlineData("１０")]
    [InlineData("٨-١٠")]
    public void Reps_written_with_non_ascii_digits_are_invalid_not_a_crash(string reps)
    {
        Assert.Null(RepCount.TryParse(reps));
    }

    [Fact]
    public void A_pose_whose_hold_has_non_ascii_digits_gets_an_invalid_hold_error()
    {
        var errors = InMemorySite.Errors(
            InMemorySite.File("muscles/hip-flexors.md", InMemorySite.Muscle),
            InMemorySite.File("poses/low-lunge.md", InMemorySite.Pose().Replace("hold: 30s", "hold: ٣٠s")));
        Assert.Contains(errors, e => e.Contains(DiagnosticCodes.InvalidHold) && e.Contains("low-lunge.md(11,"));
    }

    // ---- Pipeline/ValidateStage.cs (BindRedirects): a '.' segment passes validation, the write stage then throws ----

    [Theory]
    [InlineData("/./old/")]
    [InlineData("/old/./")]
    [InlineData("/old/.")]
    public void A_redirect_with_a_dot_segment_is_an_invalid_redirect_not_a_crash(string from)
    {
        using var site = SiteCopy.Sample();
        site.Replace("poses/pigeon.md", "sources: [test-source]", $"sources: [test-source]\nredirect_from: [\"{from}\"]");

        var report = site.Build();

        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.InvalidRedirect && d.Location.Path == "input/poses/pigeon.md");
        Assert.False(Directory.Exists(site.Output));
    }

    // ---- Pipeline/ValidateStage.cs or LinkStage.cs: HM021 promises "clashing" redirects are errors; none are checked ----

    [Theory]
    [InlineData("/poses/low-lunge/")]          // another pose's page
    [InlineData("/")]                          // the home page
    [InlineData("/404.html")]                  // the not-found page
    [InlineData("/poses/")]                    // a generated index
    [InlineData("/routines/evening/print/")]   // a print page
    [InlineData("/sitemap.xml")]               // a site-wide file: its folder would clash with the file
    [InlineData("/robots.txt")]
    [InlineData("/_redirects")]
    public void A_redirect_onto_a_path_the_site_already_uses_is_an_error(string from)
    {
        using var site = SiteCopy.Sample();
        site.Replace("poses/pigeon.md", "sources: [test-source]", $"sources: [test-source]\nredirect_from: [\"{from}\"]");

        var report = site.Build();

        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.InvalidRedirect && d.Severity == Severity.Error);
    }

    [Fact]
    public void Two_pages_redirecting_from_the_same_old_url_is_an_error()
    {
        using var site = SiteCopy.Sample();
        site.Replace("poses/pigeon.md", "sources: [test-source]", "sources: [test-source]\nredirect_from: [/old/]");
        site.Write("poses/low-lunge.md", site.Read("poses/low-lunge.md").Replace("\n---\n", "\nredirect_from: [/old/]\n---\n"));

        var report = site.Build();

        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.InvalidRedirect && d.Severity == Severity.Error);
    }

    // ---- Pipeline/ValidateStage.cs (BindRedirects): names Windows cannot create, accepted as redirect folders ----

    [Theory]
    [InlineData("/con/")]
    [InlineData("/old/aux/")]
    [InlineData("/nul.txt/")]
    [InlineData("/old:name/")]
    [InlineData("/old*/")]
    public void A_redirect_path_that_windows_cannot_create_is_an_invalid_redirect(string from)
    {
        using var site = SiteCopy.Sample();
        site.Replace("poses/pigeon.md", "sources: [test-source]", $"sources: [test-source]\nredirect_from: [\"{from}\"]");

        var report = site.Build();

        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.InvalidRedirect);
    }

    // ---- Pipeline/ValidateStage.cs (BindPage): a free page may take the URL of a generated index page ----

    [Theory]
    [InlineData("poses")]
    [InlineData("muscles")]
    [InlineData("routines")]
    [InlineData("variants")]
    [InlineData("search")]
    public void A_free_page_named_like_a_generated_index_is_an_error(string name)
    {
        using var site = SiteCopy.Sample();
        site.Write($"{name}.md", "---\ntitle: Mine\nsummary: Takes the index page's place.\n---\nHello.\n");

        var report = site.Build();

        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Error && d.Location.Path == $"input/{name}.md");
    }

    // ---- regression files kept apart while their fix was pending (empty once all are fixed) ----

    [Fact]
    public void Every_fuzz_case_awaiting_a_fix_ends_in_success_or_located_diagnostics()
    {
        foreach (var file in FuzzRegressions.Names(FuzzRegressions.PendingFolder))
        {
            var fuzzCase = FuzzRegressions.Load(FuzzSite.Guide, FuzzRegressions.PendingFolder, file);
            FuzzAssert.Holds(fuzzCase, TimeSpan.FromSeconds(20), RenderScope.WholeSite);
        }
    }
}
