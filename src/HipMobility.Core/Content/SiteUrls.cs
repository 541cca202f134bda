namespace HipMobility.Content;

/// <summary>
/// Every URL the site publishes, built from ids (never titles) under the base path, so a page's address is permanent
/// and the site works at a domain root or under a sub-path. The one home of every URL shape: pages, indexes, the
/// sitemap, the redirects, the URL register and the handout data all build their addresses here.
/// </summary>
public sealed class SiteUrls
{
    public SiteUrls(string baseUrl)
    {
        var uri = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute);
        BaseUrl = uri.GetLeftPart(UriPartial.Path);
        BasePath = uri.AbsolutePath;
    }

    /// <summary>Site paths from the root, whatever the base path: how the URL register and redirects write them.</summary>
    public static readonly SiteUrls Rooted = new("http://localhost/");

    // The generated pages, relative to the site root.
    public const string PosesIndex = "poses/";
    public const string PosesByPosition = "poses/by-position/";
    public const string PosesByMuscle = "poses/by-muscle/";
    public const string RoutinesIndex = "routines/";
    public const string MusclesIndex = "muscles/";
    public const string VariantFinder = "variants/";
    public const string SearchPage = "search/";
    public const string HandoutBuilder = "handouts/new/";
    public const string SafetyPage = "safety/";
    public const string PrecautionsIndex = "precautions/";

    /// <summary>Every generated index page, relative to the site root.</summary>
    public static readonly IReadOnlyList<string> IndexPages =
        [PosesIndex, PosesByPosition, PosesByMuscle, RoutinesIndex, MusclesIndex, VariantFinder, SearchPage, HandoutBuilder, PrecautionsIndex];

    // Files and folders every build writes besides the pages, relative to the site root.
    public const string NotFoundPage = "404.html";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";
    public const string NetlifyRedirects = "_redirects";
    public const string AssetsFolder = "assets/";
    public const string SearchIndexFolder = "pagefind/";
    public const string HandoutData = "handouts/guide.json";
    /// <summary>Every figure as a file of its own, for pose cards, printed handouts and search results.</summary>
    public const string FiguresFolder = "figures/";
    /// <summary>The service worker that keeps opened pages for offline use; at the root, so its scope is the whole site.</summary>
    public const string ServiceWorker = "sw.js";
    /// <summary>The web app manifest that makes the site installable.</summary>
    public const string WebManifest = "manifest.webmanifest";

    /// <summary>Files and folders every build writes besides the pages; no page or redirect may take their place.</summary>
    public static readonly IReadOnlyList<string> SiteFiles =
        [NotFoundPage, Sitemap, Robots, NetlifyRedirects, AssetsFolder, SearchIndexFolder, HandoutData, ServiceWorker, WebManifest, FiguresFolder];

    /// <summary>Absolute base, e.g. <c>https://example.org/guide/</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>Path of the site root, e.g. <c>/</c> or <c>/guide/</c>.</summary>
    public string BasePath { get; }

    public string Home => BasePath;
    public string Pose(string id) => Of(ContentKinds.Pose, id);
    public string Muscle(string id) => Of(ContentKinds.Muscle, id);
    public string Routine(string id) => Of(ContentKinds.Routine, id);
    public string RoutinePrint(string id) => Routine(id) + "print/";
    public string Precaution(string tag) => Of(ContentKinds.Precaution, tag);
    /// <summary>The routine's player: one step at a time, timed, for the phone on the floor.</summary>
    public string RoutinePlay(string id) => Routine(id) + "play/";
    public string Page(Page page) => page.IsHome ? BasePath : $"{BasePath}{page.Slug}/";
    public string Site(string relativePath) => BasePath + relativePath.TrimStart('/');
    /// <summary>A pose's figure as a file (<c>/figures/bridge.svg</c>), or one of its versions' (<c>/figures/bridge/low.svg</c>).</summary>
    public string Figure(string poseId, string? variantId = null) =>
        $"{BasePath}{FiguresFolder}{poseId}{(variantId is null ? "" : "/" + variantId)}.svg";
    /// <summary>A pose's figure painted as a PNG (<c>/figures/bridge.png</c>): the picture a shared link shows.</summary>
    public string SharePicture(string poseId) => $"{BasePath}{FiguresFolder}{poseId}.png";

    private string Of(ContentKindInfo kind, string id) => $"{BasePath}{kind.Folder}/{id}/";

    /// <summary>The id in a pose's site path (<c>/poses/&lt;id&gt;/</c>), or null when the path is not a pose's.</summary>
    public string? PoseIdOf(string sitePath)
    {
        var prefix = $"{BasePath}{ContentKinds.Pose.Folder}/";
        if (!sitePath.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var id = sitePath[prefix.Length..^(sitePath.EndsWith('/') ? 1 : 0)];
        return Ids.IsValid(id) ? id : null;
    }

    /// <summary>The absolute URL of a site path, for canonical links, the sitemap and QR codes.</summary>
    public string Absolute(string sitePath) =>
        BaseUrl + (sitePath.StartsWith(BasePath, StringComparison.Ordinal) ? sitePath[BasePath.Length..] : sitePath.TrimStart('/'));

    /// <summary>The output file for a site path: <c>/guide/poses/x/</c> → <c>poses/x/index.html</c>.</summary>
    public string OutputPath(string sitePath)
    {
        var relative = sitePath.StartsWith(BasePath, StringComparison.Ordinal) ? sitePath[BasePath.Length..] : sitePath.TrimStart('/');
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
