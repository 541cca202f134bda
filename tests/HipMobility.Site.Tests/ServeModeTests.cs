using System.Text.RegularExpressions;
using HipMobility.Tests.Support;
using Microsoft.Playwright;

namespace HipMobility.Tests;

/// <summary>
/// serve, end to end: the real command line on a copy of the guide, a real browser tab, real file edits.
/// </summary>
[Collection(GuideSiteCollection.Name)]
public class ServeModeTests(GuideSite site) : BrowserTest
{
    protected override GuideSite Site => site;

    private readonly TempDir _temp = new();
    private CliProcess _serve = null!;
    private string _url = "";

    private string PoseFile => _temp.Sub("input", "poses", "pigeon.md");

    public override async Task InitializeAsync()
    {
        TempDir.Copy(Repo.Path("input"), _temp.Sub("input"));
        Repo.CopyThemeInto(_temp.Path);
        var port = CliProcess.FreePort();
        _url = $"http://127.0.0.1:{port}/";
        _serve = CliProcess.Start(_temp.Path, "serve", "--no-search", "--port", port.ToString());
        await _serve.WaitForOutput("Serving", TimeSpan.FromSeconds(60));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _serve.DisposeAsync();
        _temp.Dispose();
    }

    private async Task<IPage> OpenPigeon()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(_url + "poses/pigeon/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Pigeon");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-hipmobility-live", "connected");
        return page;
    }

    private void Edit(Func<string, string> change) => File.WriteAllText(PoseFile, change(File.ReadAllText(PoseFile)));

    [Fact]
    public async Task Search_finds_a_pose_in_serve_with_its_index_built()
    {
        // This class's serve skips the index for speed. A second one builds it: in the repository, whose npm packages
        // hold Pagefind (it only reads the guide there), into a folder of its own.
        var port = CliProcess.FreePort();
        await using var withSearch = CliProcess.Start(Repo.Root, "serve", "--output", _temp.Sub("searchable"), "--port", port.ToString());
        await withSearch.WaitForOutput("Serving", TimeSpan.FromSeconds(90));
        var page = await site.NewPageAsync();
        await page.GotoAsync($"http://127.0.0.1:{port}/search/?q=pigeon");
        await Assertions.Expect(page.Locator("#search-results > li h2 a[href$='/poses/pigeon/']")).ToBeVisibleAsync(new() { Timeout = 20_000 });
    }

    [Fact]
    public async Task Serve_sends_the_service_worker_as_a_script_and_the_manifest_as_a_web_app_manifest()
    {
        using var http = new HttpClient();
        using var worker = await http.GetAsync(_url + "sw.js");
        Assert.Equal("text/javascript", worker.Content.Headers.ContentType?.MediaType);
        Assert.Contains("importScripts(", await worker.Content.ReadAsStringAsync());
        using var manifest = await http.GetAsync(_url + "manifest.webmanifest");
        Assert.Equal("application/manifest+json", manifest.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Editing_a_pose_updates_the_open_tab_without_a_manual_reload()
    {
        var page = await OpenPigeon();
        Edit(t => Regex.Replace(t, "^title: Pigeon$", "title: Pigeon, edited", RegexOptions.Multiline));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Pigeon, edited", new() { Timeout = 20_000 });
    }

    [Fact]
    public async Task A_broken_file_shows_the_error_overlay_and_fixing_it_clears_it()
    {
        var page = await OpenPigeon();
        var original = File.ReadAllText(PoseFile);
        Edit(t => Regex.Replace(t, "^position: kneeling$", "position: kneelng", RegexOptions.Multiline));
        var overlay = page.Locator("#hipmobility-overlay");
        await Assertions.Expect(overlay).ToContainTextAsync("pigeon.md(", new() { Timeout = 20_000 });
        await Assertions.Expect(overlay).ToContainTextAsync("HM006");

        // Every page the server returns carries the overlay until the file is fixed.
        var other = await site.NewPageAsync();
        await other.GotoAsync(_url + "poses/bridge/");
        await Assertions.Expect(other.Locator("#hipmobility-overlay")).ToContainTextAsync("HM006");

        File.WriteAllText(PoseFile, original);
        await Assertions.Expect(overlay).ToHaveCountAsync(0, new() { Timeout = 20_000 });
    }

    [Fact]
    public async Task Saving_ten_files_at_once_triggers_one_rebuild_that_includes_them_all()
    {
        var poses = Directory.EnumerateFiles(_temp.Sub("input", "poses"), "*.md").Order(StringComparer.Ordinal).Take(10).ToList();
        var before = _serve.Output.Split("rebuilt ").Length;
        foreach (var pose in poses)
            File.WriteAllText(pose, Regex.Replace(File.ReadAllText(pose), "^title: (.*)$", "title: $1 (batch)", RegexOptions.Multiline));
        await _serve.WaitForOutput("rebuilt ", TimeSpan.FromSeconds(20), after: before - 1);

        // The first rebuild after the burst already shows every edit: the ten saves were not split into several rebuilds.
        Assert.Equal(before + 1, _serve.Output.Split("rebuilt ").Length);
        foreach (var pose in poses)
        {
            var page = _temp.Sub("_site", "poses", Path.GetFileNameWithoutExtension(pose), "index.html");
            Assert.Contains("(batch)</h1>", File.ReadAllText(page));
        }
    }
}
