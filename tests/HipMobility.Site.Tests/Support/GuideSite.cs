using HipMobility.Pipeline;
using Microsoft.Playwright;

namespace HipMobility.Tests.Support;

/// <summary>
/// The full guide (with its search index) built once per test run in a temporary folder and served by Kestrel with
/// netlify.toml's headers. Shared by both collections; removed when the test process exits.
/// </summary>
public sealed class BuiltGuide
{
    private static readonly Lazy<Task<BuiltGuide>> Shared = new(StartAsync);

    private readonly TempDir _temp = new();

    public static Task<BuiltGuide> Instance => Shared.Value;

    public string Directory => _temp.Sub("site");

    public SiteServer Server { get; private set; } = null!;

    private static async Task<BuiltGuide> StartAsync()
    {
        var guide = new BuiltGuide();
        var report = SiteBuild.Run(Repo.Path("input"), Repo.Theme, guide.Directory, new SiteOptions(GuideSite.CanonicalBase, null, Repo.Root));
        if (!report.Succeeded) throw new InvalidOperationException("the guide does not build:\n" + string.Join("\n", report.Diagnostics));
        guide.Server = await SiteServer.StartAsync(guide.Directory, NetlifyConfig.Load(Repo.Path("netlify.toml")));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            guide.Server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            guide._temp.Dispose();
        };
        return guide;
    }
}

/// <summary>
/// What a collection of browser tests works with: the built and served guide, and a Chromium of its own. The tests
/// of one collection run one at a time, so a test may close every context of its collection's browser when it ends
/// (<see cref="BrowserTest"/>); the two collections run side by side, each with its own browser.
/// </summary>
public sealed class GuideSite : IAsyncLifetime
{
    public const string CanonicalBase = "https://hipmobility.example/";

    private BuiltGuide _guide = null!;
    private IPlaywright? _playwright;

    public string Directory => _guide.Directory;
    public SiteServer Server => _guide.Server;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl => Server.BaseUrl;

    public async Task InitializeAsync()
    {
        _guide = await BuiltGuide.Instance;
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
    }
}

/// <summary>
/// The browser tests are split in two collections that run at the same time: a browser test spends most of its time
/// waiting on Chromium, so one collection alone left the two cores of a CI machine more than half idle.
/// </summary>
[CollectionDefinition(Name)]
public sealed class GuideSiteCollection : ICollectionFixture<GuideSite>
{
    public const string Name = "guide site";
}

/// <summary>The second collection (see <see cref="GuideSiteCollection"/>): page checks, search and figures.</summary>
[CollectionDefinition(Name)]
public sealed class GuideSiteChecksCollection : ICollectionFixture<GuideSite>
{
    public const string Name = "guide site: page checks";
}
