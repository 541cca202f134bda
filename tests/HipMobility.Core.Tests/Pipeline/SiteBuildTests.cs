using HipMobility.Pipeline;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Pipeline;

public class SiteBuildTests
{
    private static BuildReport Build(string input, string output) =>
        SiteBuild.Run(input, Repo.Theme, output, new SiteOptions("https://example.org/"));

    private static Dictionary<string, byte[]> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var temp = new TempDir();
        Assert.True(Build(Repo.SampleInput, temp.Sub("a")).Succeeded);
        Assert.True(Build(Repo.SampleInput, temp.Sub("b")).Succeeded);
        var a = Snapshot(temp.Sub("a"));
        var b = Snapshot(temp.Sub("b"));
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        Assert.All(a, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(b[kv.Key]), $"{kv.Key} differs"));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        using var temp = new TempDir();
        var input = temp.Sub("input");
        TempDir.Copy(Repo.SampleInput, input);
        Assert.True(Build(input, temp.Sub("site")).Succeeded);
        var before = Snapshot(temp.Sub("site"));

        File.WriteAllText(Path.Combine(input, "poses", "pigeon.md"), "---\nid: [broken\n---\n");
        var report = Build(input, temp.Sub("site"));

        Assert.False(report.Succeeded);
        var after = Snapshot(temp.Sub("site"));
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), $"{kv.Key} changed"));
    }

    [Fact]
    public void Pages_of_removed_content_do_not_survive_the_next_build()
    {
        using var temp = new TempDir();
        var input = temp.Sub("input");
        TempDir.Copy(Repo.SampleInput, input);
        Build(input, temp.Sub("site"));
        Assert.True(File.Exists(temp.Sub("site", "muscles", "hip-flexors", "index.html")));

        // Remove the muscle and every mention of it.
        File.Delete(Path.Combine(input, "muscles", "hip-flexors.md"));
        File.Delete(Path.Combine(input, "poses", "low-lunge.md"));
        File.WriteAllText(Path.Combine(input, "poses", "pigeon.md"), File.ReadAllText(Path.Combine(input, "poses", "pigeon.md")).Replace("related: [low-lunge]", "related: []"));
        File.WriteAllText(Path.Combine(input, "routines", "evening.md"), File.ReadAllText(Path.Combine(input, "routines", "evening.md"))
            .Replace("  - pose: low-lunge\n    variant: chair\n    hold: 30s\n", ""));
        File.WriteAllText(Path.Combine(input, "index.md"), "---\ntitle: Home\nsummary: Home.\n---\nHello.\n");
        Assert.True(Build(input, temp.Sub("site")).Succeeded);

        Assert.False(Directory.Exists(temp.Sub("site", "muscles", "hip-flexors")));
    }

    [Fact]
    public void Every_page_gets_a_canonical_url_under_the_base_url()
    {
        using var temp = new TempDir();
        SiteBuild.Run(Repo.SampleInput, Repo.Theme, temp.Sub("site"), new SiteOptions("https://example.org/guide/"));
        var html = File.ReadAllText(temp.Sub("site", "poses", "pigeon", "index.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/guide/poses/pigeon/\">", html);
        Assert.Contains("href=\"/guide/assets/", html);
    }

    [Fact]
    public void Routines_get_a_print_page_with_a_qr_code()
    {
        using var temp = new TempDir();
        Build(Repo.SampleInput, temp.Sub("site"));
        var html = File.ReadAllText(temp.Sub("site", "routines", "evening", "print", "index.html"));
        Assert.Contains("<svg", html);
        Assert.Contains("example.org/routines/evening/", html);
    }

    [Fact]
    public void Redirect_from_writes_a_netlify_rule_and_an_html_page()
    {
        using var temp = new TempDir();
        var input = temp.Sub("input");
        TempDir.Copy(Repo.SampleInput, input);
        var pigeon = Path.Combine(input, "poses", "pigeon.md");
        File.WriteAllText(pigeon, File.ReadAllText(pigeon).Replace("sources: [test-source]", "sources: [test-source]\nredirect_from: [/poses/sleeping-pigeon/]"));
        Assert.True(Build(input, temp.Sub("site")).Succeeded);
        Assert.Contains("/poses/sleeping-pigeon/ /poses/pigeon/ 301", File.ReadAllText(temp.Sub("site", "_redirects")));
        Assert.Contains("url=/poses/pigeon/", File.ReadAllText(temp.Sub("site", "poses", "sleeping-pigeon", "index.html")));
    }

    [Fact]
    public void The_sitemap_lists_every_page_but_print_pages()
    {
        using var temp = new TempDir();
        Build(Repo.SampleInput, temp.Sub("site"));
        var sitemap = File.ReadAllText(temp.Sub("site", "sitemap.xml"));
        Assert.Contains("<loc>https://example.org/poses/pigeon/</loc>", sitemap);
        Assert.Contains("<loc>https://example.org/</loc>", sitemap);
        Assert.DoesNotContain("/print/", sitemap);
    }
}

public class UrlRegisterTests
{
    private static (TempDir Temp, string Input) SampleCopy()
    {
        var temp = new TempDir();
        var input = temp.Sub("input");
        TempDir.Copy(Repo.SampleInput, input);
        return (temp, input);
    }

    [Fact]
    public void Update_urls_adds_every_published_url_including_variant_anchors()
    {
        var (temp, input) = SampleCopy();
        using var _ = temp;
        var report = SiteBuild.Run(input, Repo.Theme, null, new SiteOptions("https://example.org/") { UpdateUrlRegister = true });
        Assert.True(report.Succeeded);
        var lines = File.ReadAllLines(Path.Combine(input, "published-urls.txt"));
        Assert.Contains("/poses/pigeon/", lines);
        Assert.Contains("/poses/pigeon/#modified", lines);
        Assert.Contains("/routines/evening/print/", lines);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "HM104");
    }

    [Fact]
    public void A_new_page_missing_from_the_register_is_a_warning_that_names_it()
    {
        var (temp, input) = SampleCopy();
        using var _ = temp;
        File.WriteAllText(Path.Combine(input, "published-urls.txt"), "/poses/pigeon/\n");
        var report = SiteBuild.Run(input, Repo.Theme, null, new SiteOptions("https://example.org/"));
        Assert.True(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.Code == "HM104" && d.Message.Contains("'/"));
    }

    [Fact]
    public void A_renamed_page_keeps_its_old_url_through_redirect_from()
    {
        var (temp, input) = SampleCopy();
        using var _ = temp;
        File.WriteAllText(Path.Combine(input, "published-urls.txt"), "/poses/sleeping-pigeon/\n");
        Assert.Contains(SiteBuild.Run(input, Repo.Theme, null, new SiteOptions("https://example.org/")).Diagnostics, d => d.Code == "HM023");

        var pigeon = Path.Combine(input, "poses", "pigeon.md");
        File.WriteAllText(pigeon, File.ReadAllText(pigeon).Replace("sources: [test-source]", "sources: [test-source]\nredirect_from: [/poses/sleeping-pigeon/]"));
        Assert.DoesNotContain(SiteBuild.Run(input, Repo.Theme, null, new SiteOptions("https://example.org/")).Diagnostics, d => d.Code == "HM023");
    }

    [Fact]
    public void A_renamed_variant_keeps_its_old_anchor_through_redirect_from()
    {
        var (temp, input) = SampleCopy();
        using var _ = temp;
        File.WriteAllText(Path.Combine(input, "published-urls.txt"), "/poses/pigeon/#block\n");
        Assert.Contains(SiteBuild.Run(input, Repo.Theme, null, new SiteOptions("https://example.org/")).Diagnostics, d => d.Code == "HM023");

        var pigeon = Path.Combine(input, "poses", "pigeon.md");
        File.WriteAllText(pigeon, File.ReadAllText(pigeon).Replace("    cue: Rest the hip on a block.", "    cue: Rest the hip on a block.\n    redirect_from: [block]"));
        Assert.DoesNotContain(SiteBuild.Run(input, Repo.Theme, null, new SiteOptions("https://example.org/")).Diagnostics, d => d.Code == "HM023");
    }
}

public class ThemeErrorTests
{
    [Fact]
    public void A_template_asking_for_a_missing_asset_is_a_theme_error_and_the_previous_output_stays()
    {
        using var temp = new TempDir();
        var theme = Repo.CopyThemeInto(temp.Path);
        Assert.True(SiteBuild.Run(Repo.SampleInput, theme, temp.Sub("site"), new SiteOptions("https://example.org/")).Succeeded);
        var before = File.ReadAllBytes(temp.Sub("site", "poses", "pigeon", "index.html"));

        var layout = Path.Combine(theme, "layouts", "pose.sbn-html");
        File.WriteAllText(layout, "{{ asset \"missing.js\" }}" + File.ReadAllText(layout));
        var error = Assert.Throws<HipMobility.Theme.ThemeException>(() =>
            SiteBuild.Run(Repo.SampleInput, theme, temp.Sub("site"), new SiteOptions("https://example.org/")));

        Assert.Contains("missing.js", error.Message);
        Assert.Equal(before, File.ReadAllBytes(temp.Sub("site", "poses", "pigeon", "index.html")));
    }

    [Fact]
    public void A_template_that_does_not_compile_names_its_file()
    {
        using var temp = new TempDir();
        var theme = Repo.CopyThemeInto(temp.Path);
        File.WriteAllText(Path.Combine(theme, "layouts", "muscle.sbn-html"), "{{ for item in model.items }}unclosed");
        var error = Assert.Throws<HipMobility.Theme.ThemeException>(() =>
            SiteBuild.Run(Repo.SampleInput, theme, temp.Sub("site"), new SiteOptions("https://example.org/")));
        Assert.Contains("layouts/muscle.sbn-html", error.Message);
    }
}

public class SubPathTests
{
    [Fact]
    public void Under_a_sub_path_every_link_and_asset_of_the_guide_stays_under_it()
    {
        using var temp = new TempDir();
        var report = SiteBuild.Run(Repo.Path("input"), Repo.Theme, temp.Sub("site"), new SiteOptions("https://example.org/guide/"));
        Assert.True(report.Succeeded);
        var outside = new List<string>();
        foreach (var file in Directory.EnumerateFiles(temp.Sub("site"), "*.html", SearchOption.AllDirectories))
        {
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(file), "(?:href|src|action)=\"(/[^\"]*)\""))
                if (!m.Groups[1].Value.StartsWith("/guide/", StringComparison.Ordinal))
                    outside.Add($"{Path.GetRelativePath(temp.Path, file)}: {m.Groups[1].Value}");
        }
        Assert.True(outside.Count == 0, string.Join("\n", outside.Take(20)));
    }
}

public class EditLinkTests
{
    [Fact]
    public void With_a_repository_url_every_content_page_links_to_its_source_file()
    {
        using var temp = new TempDir();
        SiteBuild.Run(Repo.SampleInput, Repo.Theme, temp.Sub("site"), new SiteOptions("https://example.org/", "https://git.example/guide/edit/main"));
        Assert.Contains("href=\"https://git.example/guide/edit/main/input/poses/pigeon.md\"", File.ReadAllText(temp.Sub("site", "poses", "pigeon", "index.html")));
        Assert.Contains("href=\"https://git.example/guide/edit/main/input/routines/evening.md\"", File.ReadAllText(temp.Sub("site", "routines", "evening", "index.html")));
    }
}
