using System.Text;
using HipMobility.Content;
using HipMobility.Diagnostics;

namespace HipMobility.Pipeline;

/// <summary>
/// Keeps the promise that published URLs never break. Every URL in <c>input/published-urls.txt</c> must still be a page,
/// a redirect (<c>redirect_from</c>) or a variant anchor (current or renamed); otherwise the build fails naming it.
/// URLs the site publishes but the register lacks are a warning until <c>build --update-urls</c> adds them.
/// </summary>
public static class UrlRegisterStage
{
    public static void Check(LinkedSite site, DiagnosticBag diagnostics)
    {
        var register = site.Content.UrlRegister;
        if (register is null) return;
        var published = PublishedUrls.Of(site);
        foreach (var (url, line) in register.Entries)
        {
            if (published.Contains(url)) continue;
            var anchor = url.Contains('#');
            diagnostics.Error(new SourceLocation(register.Path, line, 1), DiagnosticCodes.BrokenPublishedUrl,
                $"'{url}' was published and is now neither a page nor a redirect{(anchor ? " nor a variant anchor" : "")}",
                anchor
                    ? "Add the old variant id to that variant's redirect_from"
                    : "Add it to the redirect_from of the page that replaces it; published URLs must keep working");
        }
        var missing = published.Except(register.Entries.Select(e => e.Url)).ToList();
        if (missing.Count > 0)
            diagnostics.Warning(new SourceLocation(register.Path, 1, 1), DiagnosticCodes.UrlNotRegistered,
                $"{missing.Count} published URL(s) are not in the register, first '{missing[0]}'",
                "Run 'build --update-urls' to add them, and commit the file");
    }

    /// <summary>An old URL cannot also be a live page, nor be claimed by two pages (checked by the link stage).</summary>
    public static void CheckRedirectClashes(LinkedSite site, DiagnosticBag diagnostics)
    {
        var pages = PublishedUrls.Of(site with
        {
            Poses = site.Poses.ToDictionary(kv => kv.Key, kv => kv.Value with { RedirectFrom = [] }),
            Muscles = site.Muscles.ToDictionary(kv => kv.Key, kv => kv.Value with { RedirectFrom = [] }),
            Routines = site.Routines.ToDictionary(kv => kv.Key, kv => kv.Value with { RedirectFrom = [] }),
            Content = site.Content with { Pages = site.Content.Pages.Select(p => p with { RedirectFrom = [] }).ToList() },
        });
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        var owners = site.Poses.Values.Select(p => (p.Source, p.RedirectFrom))
            .Concat(site.Muscles.Values.Select(m => (m.Source, m.RedirectFrom)))
            .Concat(site.Routines.Values.Select(r => (r.Source, r.RedirectFrom)))
            .Concat(site.Content.Pages.Select(p => (p.Source, p.RedirectFrom)));
        foreach (var (source, redirects) in owners)
        {
            for (var i = 0; i < redirects.Count; i++)
            {
                var url = redirects[i];
                var at = source.At($"redirect_from[{i}]");
                if (pages.Contains(url) || pages.Contains(url.TrimEnd('/') + "/"))
                    diagnostics.Error(at, DiagnosticCodes.InvalidRedirect, $"'{url}' is a live page, so it cannot redirect elsewhere",
                        "Remove it from redirect_from");
                else if (!claimed.TryAdd(url, source.RelativePath))
                    diagnostics.Error(at, DiagnosticCodes.InvalidRedirect, $"'{url}' already redirects to the page of {claimed[url]}",
                        "An old URL can lead to one page only");
            }
        }
    }

    /// <summary>The register with every URL the site now publishes added; entries are never removed.</summary>
    public static string Updated(LinkedSite site)
    {
        var existing = site.Content.UrlRegister?.Entries.Select(e => e.Url) ?? [];
        var text = new StringBuilder("# Every URL this site has ever published. A build fails if one of them stops working;\n" +
                                     "# 'hipmobility build --update-urls' adds new ones. Never delete a line.\n");
        foreach (var url in existing.Concat(PublishedUrls.Of(site)).Distinct().Order(StringComparer.Ordinal)) text.Append(url).Append('\n');
        return text.ToString();
    }
}
