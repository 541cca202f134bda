namespace HipMobility.Pipeline;

/// <summary>One file of the built site: its path relative to the output folder and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Bytes);

/// <summary>
/// Options a build is run with. <paramref name="SearchToolsDirectory"/> is the folder holding package.json (and
/// node_modules) with Pagefind; null skips the search index.
/// </summary>
public sealed record SiteOptions(string BaseUrl = "http://localhost:5080/", string? EditUrlBase = null, string? SearchToolsDirectory = null)
{
    /// <summary>Add every URL the site publishes to <c>input/published-urls.txt</c> (never removing any).</summary>
    public bool UpdateUrlRegister { get; init; }

    public const string SafetyLine = "Stop if you feel sharp pain, numbness or tingling. This guide does not replace advice from your own clinician.";
}
