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
    /// The day review dates are checked against (HM105). Null: the newest <c>reviewed:</c> date in the content, so a
    /// build never depends on the clock; CI passes today's date to catch pages nobody has reviewed for a year.
    /// </summary>
    public DateOnly? ReviewDate { get; init; }
}
