namespace HipMobility.Content;

/// <summary>
/// Every URL the site publishes, built from ids (never titles) under the base path, so a page's address is permanent
/// and the site works at a domain root or under a sub-path.
/// </summary>
public sealed class SiteUrls
{
    public SiteUrls(string baseUrl)
    {
        var uri = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute);
        BaseUrl = uri.GetLeftPart(UriPartial.Path);
        BasePath = uri.AbsolutePath;
    }

    /// <summary>Absolute base, e.g. <c>https://example.org/guide/</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>Path of the site root, e.g. <c>/</c> or <c>/guide/</c>.</summary>
    public string BasePath { get; }

    public string Home => BasePath;
    public string Pose(string id) => $"{BasePath}poses/{id}/";
    public string Muscle(string id) => $"{BasePath}muscles/{id}/";
    public string Routine(string id) => $"{BasePath}routines/{id}/";
    public string RoutinePrint(string id) => $"{BasePath}routines/{id}/print/";
    public string Page(Page page) => page.IsHome ? BasePath : $"{BasePath}{page.Slug}/";
    public string Site(string relativePath) => BasePath + relativePath.TrimStart('/');

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
