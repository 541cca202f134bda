namespace HipMobility;

/// <summary>
/// Options a build is run with. <paramref name="SearchToolsDirectory"/> is the folder holding package.json (and
/// node_modules) with Pagefind; null skips the search index.
/// </summary>
public sealed record SiteOptions(string BaseUrl = "http://localhost:5080/", string? EditUrlBase = null, string? SearchToolsDirectory = null)
{
    /// <summary>Add every URL the site publishes to <c>input/published-urls.txt</c> (never removing any).</summary>
    public bool UpdateUrlRegister { get; init; }

    /// <summary>
    /// Paint each pose's figure as a PNG (<c>/figures/&lt;pose&gt;.png</c>) and name it as the page's <c>og:image</c>, the
    /// picture a link shared in a message or a post shows. Off unless asked for: it costs about a millisecond a pose, far
    /// more than drawing the SVG, and only a deployed site is shared (Netlify's build turns it on).
    /// </summary>
    public bool ShareImages { get; init; }

    /// <summary>
    /// The day review dates are checked against (HM105). Null: the newest <c>reviewed:</c> date in the content, so a
    /// build never depends on the clock; CI passes today's date to catch pages nobody has reviewed for a year.
    /// </summary>
    public DateOnly? ReviewDate { get; init; }
}
