using System.Text;
using HipMobility.Content;
using HipMobility.Text;

namespace HipMobility.Rendering;

/// <summary><c>sitemap.xml</c> and the <c>robots.txt</c> that points to it.</summary>
public static class Sitemap
{
    /// <summary>Every page except the 404 page, print pages and players (redirects are not passed in).</summary>
    public static OutputFile File(LinkedSite site, IEnumerable<string> pages)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var path in Paths(pages))
            xml.Append("  <url><loc>").AppendEscaped(site.Urls.Absolute(site.Urls.Site(path))).Append("</loc></url>\n");
        xml.Append("</urlset>\n");
        return new OutputFile(SiteUrls.Sitemap, Encoding.UTF8.GetBytes(xml.ToString()));
    }

    public static OutputFile Robots(LinkedSite site) =>
        new(SiteUrls.Robots, Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\nSitemap: {site.Urls.Absolute(site.Urls.Site(SiteUrls.Sitemap))}\n"));

    private static IEnumerable<string> Paths(IEnumerable<string> files) =>
        files
            .Where(p => p.EndsWith("index.html", StringComparison.Ordinal) && !p.EndsWith("/print/index.html", StringComparison.Ordinal)
                && !p.EndsWith("/play/index.html", StringComparison.Ordinal))
            .Select(p => p[..^"index.html".Length])
            .Order(StringComparer.Ordinal);
}
