using HipMobility.Pipeline;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Pipeline;

/// <summary>
/// An update (what serve runs after an edit) is the same build as a build from nothing: after every edit the output is
/// byte for byte what a fresh build of the same input writes, and only the files whose bytes changed are written.
/// </summary>
public sealed class UpdateTests : IDisposable
{
    private readonly SiteCopy _site = SiteCopy.Sample();
    private readonly string _theme;
    private readonly SiteBuild _build;

    public UpdateTests()
    {
        _theme = Repo.CopyThemeInto(_site.Root);
        _build = new SiteBuild(_site.Input, _theme, _site.Output, Options);
        Assert.True(_build.Run().Succeeded);
    }

    private static readonly SiteOptions Options = new("https://example.org/");

    public void Dispose() => _site.Dispose();

    private BuildReport Update(params string[] inputRelativePaths) => _build.Update(inputRelativePaths.Select(_site.PathOf));

    /// <summary>The output equals what a build from nothing writes for the same input and theme.</summary>
    private void AssertSameAsFreshBuild()
    {
        var fresh = Path.Combine(_site.Root, "fresh", "site");
        Assert.True(SiteBuild.Run(_site.Input, _theme, fresh, Options).Succeeded);
        var expected = _site.Snapshot(fresh);
        var actual = _site.Snapshot();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(actual[kv.Key]), $"{kv.Key} differs from a fresh build"));
        Directory.Delete(Path.Combine(_site.Root, "fresh"), recursive: true);
    }

    [Fact]
    public void Editing_a_pose_rewrites_its_page_and_the_pages_that_show_it()
    {
        _site.Replace("poses/pigeon.md", "title: Pigeon", "title: Resting pigeon");

        var report = Update("poses/pigeon.md");

        Assert.True(report.Succeeded);
        Assert.Contains("poses/pigeon/index.html", report.Written);
        Assert.Contains("muscles/deep-hip-rotators/index.html", report.Written);
        Assert.Contains("routines/evening/index.html", report.Written);
        Assert.Contains("poses/index.html", report.Written);
        Assert.DoesNotContain("muscles/hip-flexors/index.html", report.Written);
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void Editing_only_a_pose_s_body_renders_its_pages_but_not_the_indexes()
    {
        _site.Write("poses/pigeon.md", _site.Read("poses/pigeon.md") + "\nOne more line of advice.\n");
        var bodyOnly = Update("poses/pigeon.md");
        Assert.True(bodyOnly.Succeeded);
        Assert.Contains("poses/pigeon/index.html", bodyOnly.Written);
        AssertSameAsFreshBuild();

        _site.Replace("poses/pigeon.md", "title: Pigeon", "title: Resting pigeon");
        var frontMatter = Update("poses/pigeon.md");
        Assert.Contains("poses/index.html", frontMatter.Written);
        // The same pages again, and the indexes with them.
        Assert.True(bodyOnly.Pages < frontMatter.Pages, $"{bodyOnly.Pages} pages for a body edit, {frontMatter.Pages} for a title edit");
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void Editing_only_a_pose_s_body_renders_its_own_page_and_no_page_that_shows_only_its_front_matter()
    {
        // Pigeon's muscles, routines and related poses show its title, summary and figure, never its body.
        _site.Write("poses/pigeon.md", _site.Read("poses/pigeon.md") + "\nOne more line of advice.\n");
        var report = Update("poses/pigeon.md");
        Assert.True(report.Succeeded);
        Assert.Equal(["poses/pigeon/index.html"], report.Written.Where(p => p.EndsWith(".html", StringComparison.Ordinal)));
        // Every update also writes the site-wide files again, the alias redirects among them; beyond those, one page.
        var redirects = Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories)
            .Count(f => File.ReadAllText(f).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal));
        Assert.Equal(1 + redirects, report.Pages);
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void Editing_a_muscle_rewrites_its_page_and_the_poses_that_work_it()
    {
        _site.Replace("muscles/hip-flexors.md", "title: Hip flexors", "title: Hip flexor group");

        var report = Update("muscles/hip-flexors.md");

        Assert.True(report.Succeeded);
        Assert.Contains("muscles/hip-flexors/index.html", report.Written);
        Assert.Contains("poses/low-lunge/index.html", report.Written);
        Assert.DoesNotContain("poses/pigeon/index.html", report.Written);
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void Editing_a_routine_rewrites_its_page_and_its_printable_page()
    {
        var text = _site.Read("routines/evening.md");
        _site.Write("routines/evening.md", text.Replace("title: ", "title: Calm "));

        var report = Update("routines/evening.md");

        Assert.True(report.Succeeded);
        Assert.Contains("routines/evening/index.html", report.Written);
        Assert.Contains("routines/evening/print/index.html", report.Written);
        Assert.Contains("poses/pigeon/index.html", report.Written); // it lists the routines that use it
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void Editing_a_precaution_tag_rewrites_its_page_and_every_page_that_prints_its_caution_lines()
    {
        _site.Replace("precautions/knee-problems.md", "condition: If you have knee problems", "condition: If your knees are sore");

        var report = Update("precautions/knee-problems.md");

        Assert.True(report.Succeeded);
        Assert.Contains("precautions/knee-problems/index.html", report.Written);
        Assert.Contains("poses/pigeon/index.html", report.Written);
        Assert.Contains("routines/evening/print/index.html", report.Written);
        Assert.Contains("handouts/guide.json", report.Written);
        Assert.DoesNotContain("muscles/hip-flexors/index.html", report.Written);
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void A_pose_that_loses_then_regains_a_precaution_tag_rewrites_the_tag_s_page_each_time()
    {
        const string tagged = "precautions:\n  - tag: knee-problems\n    level: modify\n    use: modified\nvariants:";
        const string modifiedLine = "    precautions:\n      - tag: knee-problems\n        level: take-care\n        line: keep the block high\n";
        _site.Replace("poses/pigeon.md", tagged, "variants:");
        _site.Replace("poses/pigeon.md", modifiedLine, "");

        var lost = Update("poses/pigeon.md");

        Assert.True(lost.Succeeded, string.Join("\n", lost.Diagnostics));
        Assert.Contains("precautions/knee-problems/index.html", lost.Written);
        AssertSameAsFreshBuild();

        _site.Replace("poses/pigeon.md", "variants:", tagged);
        _site.Replace("poses/pigeon.md", "    cue: Rest the hip on a block.\n", "    cue: Rest the hip on a block.\n" + modifiedLine);
        var regained = Update("poses/pigeon.md");

        Assert.True(regained.Succeeded, string.Join("\n", regained.Diagnostics));
        Assert.Contains("precautions/knee-problems/index.html", regained.Written);
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void Editing_a_free_page_rewrites_only_that_page()
    {
        _site.Write("index.md", _site.Read("index.md") + "\nOne more line.\n");

        var report = Update("index.md");

        Assert.True(report.Succeeded);
        Assert.Equal(["index.html"], report.Written);
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void Editing_a_template_rewrites_every_page_it_changes()
    {
        var footer = Directory.EnumerateFiles(Path.Combine(_theme, "partials"), "footer.*").Single();
        File.WriteAllText(footer, "<!-- footer edited -->\n" + File.ReadAllText(footer));

        var report = _build.Update([footer]);

        Assert.True(report.Succeeded);
        Assert.Contains("poses/pigeon/index.html", report.Written);
        Assert.Contains("muscles/hip-flexors/index.html", report.Written);
        Assert.Contains("footer edited", File.ReadAllText(Path.Combine(_site.Output, "index.html")));
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void A_new_file_adds_its_page()
    {
        _site.Write("about.md", "---\ntitle: About\nsummary: What this is.\n---\nA short guide.\n");

        var report = Update("about.md");

        Assert.True(report.Succeeded);
        Assert.Contains("about/index.html", report.Written);
        Assert.Contains("sitemap.xml", report.Written);
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void A_deleted_file_takes_its_page_with_it()
    {
        _site.Write("about.md", "---\ntitle: About\nsummary: What this is.\n---\nA short guide.\n");
        Assert.True(Update("about.md").Succeeded);
        File.Delete(_site.PathOf("about.md"));

        var report = Update("about.md");

        Assert.True(report.Succeeded);
        Assert.False(File.Exists(Path.Combine(_site.Output, "about", "index.html")));
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void A_broken_file_is_reported_and_the_output_stays_as_it_was()
    {
        var before = _site.Snapshot();
        _site.Replace("poses/pigeon.md", "intensity: intense\nprops", "intensity: intens\nprops");

        var report = Update("poses/pigeon.md");

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.ToString().StartsWith("input/poses/pigeon.md(", StringComparison.Ordinal) && d.Code == "HM006");
        Assert.Empty(report.Written);
        var after = _site.Snapshot();
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), $"{kv.Key} changed"));
    }

    [Fact]
    public void Fixing_a_broken_file_brings_in_every_edit_made_meanwhile()
    {
        _site.Replace("poses/pigeon.md", "intensity: intense\nprops", "intensity: intens\nprops");
        Assert.False(Update("poses/pigeon.md").Succeeded);
        // Edited while the site had errors: nothing was written for it then.
        _site.Replace("muscles/hip-flexors.md", "title: Hip flexors", "title: Hip flexor group");
        Assert.False(Update("muscles/hip-flexors.md").Succeeded);
        _site.Replace("poses/pigeon.md", "intensity: intens\nprops", "intensity: intense\nprops");

        var report = Update("poses/pigeon.md");

        Assert.True(report.Succeeded);
        Assert.Contains("muscles/hip-flexors/index.html", report.Written);
        AssertSameAsFreshBuild();
    }

    [Fact]
    public void An_edit_that_changes_nothing_writes_nothing()
    {
        var report = Update("poses/pigeon.md");

        Assert.True(report.Succeeded);
        Assert.Empty(report.Written);
    }
}
