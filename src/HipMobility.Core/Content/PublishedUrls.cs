namespace HipMobility.Content;

/// <summary>
/// Every URL the site publishes — pages, old URLs kept as redirects, and variant anchors (current and renamed) —
/// as site paths from the root, e.g. <c>/poses/pigeon/</c> and <c>/poses/pigeon/#modified</c>.
/// A URL is a promise: <c>input/published-urls.txt</c> records them, and a build fails if one stops working.
/// </summary>
public static class PublishedUrls
{
    private static readonly SiteUrls Urls = SiteUrls.Rooted;

    /// <summary>First path segments that belong to generated pages and files: a free page may not be named like them.</summary>
    public static readonly IReadOnlySet<string> ReservedPageNames =
        SiteUrls.IndexPages.Concat(SiteUrls.SiteFiles).Select(p => p.Split('/')[0].Split('.')[0])
            .Concat(ContentKinds.InFolders.Select(k => k.Folder!))
            .ToHashSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> Of(LinkedSite site)
    {
        var urls = new SortedSet<string>(StringComparer.Ordinal);
        urls.UnionWith(SiteUrls.IndexPages.Select(Urls.Site));
        foreach (var pose in site.Poses.Values)
        {
            var url = Urls.Pose(pose.Id);
            urls.Add(url);
            foreach (var v in pose.Variants)
            {
                urls.Add($"{url}#{v.Id}");
                foreach (var old in v.RedirectFrom) urls.Add($"{url}#{old}");
            }
            urls.UnionWith(pose.RedirectFrom);
        }
        foreach (var muscle in site.Muscles.Values)
        {
            urls.Add(Urls.Muscle(muscle.Id));
            urls.UnionWith(muscle.RedirectFrom);
        }
        foreach (var routine in site.Routines.Values)
        {
            urls.Add(Urls.Routine(routine.Id));
            urls.Add(Urls.RoutinePrint(routine.Id));
            urls.Add(Urls.RoutinePlay(routine.Id));
            urls.UnionWith(routine.RedirectFrom);
        }
        foreach (var tag in site.PrecautionTags.Keys) urls.Add(Urls.Precaution(tag));
        foreach (var page in site.Content.Pages)
        {
            urls.Add(Urls.Page(page));
            urls.UnionWith(page.RedirectFrom);
        }
        return urls;
    }
}
