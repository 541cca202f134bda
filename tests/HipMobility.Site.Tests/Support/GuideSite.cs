using HipMobility.Pipeline;
using Microsoft.Playwright;

namespace HipMobility.Tests.Support;

/// <summary>
/// Built once per test run: the full guide (with its search index) in a temporary folder, served by Kestrel with
/// netlify.toml's headers, and one Chromium the tests open pages in.
/// </summary>
public sealed class GuideSite : IAsyncLifetime
{
    public const string CanonicalBase = "https://hipmobility.example/";

    private readonly TempDir _temp = new();
    private IPlaywright? _playwright;

    public string Directory => _temp.Sub("site");
    public SiteServer Server { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl => Server.BaseUrl;

    public async Task InitializeAsync()
    {
        var report = SiteBuild.Run(Repo.Path("input"), Repo.Theme, Directory, new SiteOptions(CanonicalBase, null, Repo.Root));
        if (!report.Succeeded) throw new InvalidOperationException("the guide does not build:\n" + string.Join("\n", report.Diagnostics));
        Server = await SiteServer.StartAsync(Directory, NetlifyConfig.Load(Repo.Path("netlify.toml")));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserLocator.Find(),
            Args = BrowserLocator.LaunchArgs,
            Headless = true,
        });
    }

    /// <summary>Every HTML page of the built site, as a site path such as <c>/poses/pigeon/</c> or <c>/404.html</c>.</summary>
    public IReadOnlyList<string> AllPages() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Directory, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith("/pagefind/", StringComparison.Ordinal))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal).ToList();

    public string Url(string sitePath) => BaseUrl.TrimEnd('/') + sitePath;

    /// <summary>
    /// A page in a new context, with service workers blocked: every new context would otherwise install the site's
    /// worker and fill its cache, work that only the offline tests need (they make their own contexts).
    /// </summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        _temp.Dispose();
    }
}

/// <summary>
/// One collection: the browser tests run one at a time. Two collections side by side were tried: Chromium already keeps
/// both cores of a CI machine busy, so each test took twice as long and the run was no shorter.
/// </summary>
[CollectionDefinition(Name)]
public sealed class GuideSiteCollection : ICollectionFixture<GuideSite>
{
    public const string Name = "guide site";
}
