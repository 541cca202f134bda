using System.Text;
using HipMobility.Content;

namespace HipMobility.Rendering;

/// <summary>Old URLs from <c>redirect_from</c>: an HTML page at each, plus Netlify's <c>_redirects</c> (301).</summary>
public static class Redirects
{
    public static IEnumerable<OutputFile> Files(LinkedSite site, PageRenderer renderer)
    {
        var rules = new List<(string From, string To, string Title)>();
        foreach (var p in site.Poses.Values) rules.AddRange(p.RedirectFrom.Select(r => (r, site.Urls.Pose(p.Id), p.Title)));
        foreach (var m in site.Muscles.Values) rules.AddRange(m.RedirectFrom.Select(r => (r, site.Urls.Muscle(m.Id), m.Title)));
        foreach (var r in site.Routines.Values) rules.AddRange(r.RedirectFrom.Select(f => (f, site.Urls.Routine(r.Id), r.Title)));
        foreach (var p in site.Content.Pages) rules.AddRange(p.RedirectFrom.Select(f => (f, site.Urls.Page(p), p.Title)));
        rules.Sort((a, b) => string.CompareOrdinal(a.From, b.From));

        var lines = new StringBuilder();
        foreach (var (from, to, title) in rules)
        {
            lines.Append(site.Urls.Site(from)).Append(' ').Append(to).Append(" 301\n");
            yield return renderer.Redirect(from, to, title);
        }
        yield return new OutputFile(SiteUrls.NetlifyRedirects, Encoding.UTF8.GetBytes(lines.ToString()));
    }
}
