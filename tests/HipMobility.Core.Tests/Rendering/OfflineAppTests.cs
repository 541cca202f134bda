using System.Text;
using System.Text.Json;
using HipMobility.Content;
using HipMobility.Rendering;
using HipMobility.Theme;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Rendering;

/// <summary>The service worker and web app manifest each build writes: what they name, and when a build changes them.</summary>
public class OfflineAppTests
{
    private static readonly ThemeFiles Theme = ThemeFiles.Load(Repo.Theme);
    private static CompiledTheme Compiled(SiteUrls urls) => new(Theme, urls);

    private static Dictionary<string, string> FilesFor(string baseUrl)
    {
        var urls = new SiteUrls(baseUrl);
        var theme = Compiled(urls);
        return OfflineApp.Files(urls, theme.Assets, theme.Wording).ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Bytes));
    }

    [Fact]
    public void The_service_worker_imports_the_theme_s_offline_script_by_its_hashed_name_and_keeps_the_shell_under_the_base_path()
    {
        var urls = new SiteUrls("https://example.org/guide/");
        var assets = Compiled(urls).Assets;
        var worker = FilesFor("https://example.org/guide/")[SiteUrls.ServiceWorker];
        Assert.Contains($"importScripts(\"/guide/{assets.PathOf("offline.js")}\");", worker);
        foreach (var name in OfflineApp.ShellAssets)
            Assert.Contains($"\"/guide/{assets.PathOf(name)}\"", worker);
        Assert.Contains($"\"version\":\"{OfflineApp.BuildId(assets)}\"", worker);
        Assert.Contains("\"scope\":\"/guide/\"", worker);
    }

    [Fact]
    public void A_build_whose_assets_differ_has_a_different_id_and_the_same_assets_the_same_id()
    {
        var one = new HashedAssets(new Dictionary<string, byte[]> { ["site.css"] = [1], ["player.js"] = [2] });
        var same = new HashedAssets(new Dictionary<string, byte[]> { ["player.js"] = [2], ["site.css"] = [1] });
        var changed = new HashedAssets(new Dictionary<string, byte[]> { ["site.css"] = [1], ["player.js"] = [3] });
        Assert.Equal(OfflineApp.BuildId(one), OfflineApp.BuildId(same));
        Assert.NotEqual(OfflineApp.BuildId(one), OfflineApp.BuildId(changed));
    }

    [Fact]
    public void The_manifest_starts_and_scopes_the_app_at_the_base_path_with_the_hashed_icon()
    {
        var urls = new SiteUrls("https://example.org/guide/");
        var manifest = JsonDocument.Parse(FilesFor("https://example.org/guide/")[SiteUrls.WebManifest]).RootElement;
        Assert.Equal("/guide/", manifest.GetProperty("start_url").GetString());
        Assert.Equal("/guide/", manifest.GetProperty("scope").GetString());
        Assert.Equal("standalone", manifest.GetProperty("display").GetString());
        Assert.Equal("/guide/" + Compiled(urls).Assets.PathOf("icon.svg"), manifest.GetProperty("icons")[0].GetProperty("src").GetString());
    }
}
