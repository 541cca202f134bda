using System.CommandLine;

namespace HipMobility.Cli.Commands;

/// <summary>Options shared by build, check and serve.</summary>
internal sealed class CommonOptions
{
    public Option<string> Input { get; } = new("--input") { Description = "Folder of Markdown content", DefaultValueFactory = _ => "input" };
    public Option<string> Theme { get; } = new("--theme") { Description = "Folder of templates and assets", DefaultValueFactory = _ => "theme" };
    public Option<string> Output { get; } = new("--output") { Description = "Folder the site is written to", DefaultValueFactory = _ => "_site" };
    public Option<string> BaseUrl { get; } = new("--base-url") { Description = "Absolute URL the site is published at (canonical links, sitemap, QR codes)", DefaultValueFactory = _ => "http://localhost:5080/" };
    public Option<string?> EditUrl { get; } = new("--edit-url")
    {
        Description = "Base URL for 'Edit this page' links, e.g. https://github.com/org/repo/edit/main (default: $HIPMOBILITY_EDIT_URL)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("HIPMOBILITY_EDIT_URL"),
    };
    public Option<string?> ReviewDate { get; } = new("--review-date")
    {
        Description = "Warn about pages whose review is due before this date, YYYY-MM-DD (default: $HIPMOBILITY_REVIEW_DATE, else the newest 'reviewed:' date in the content)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("HIPMOBILITY_REVIEW_DATE"),
    };
    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Print stack traces of unexpected errors" };
    public Option<bool> NoSearch { get; } = new("--no-search") { Description = "Skip the search index (faster previews and benchmarks)" };

    /// <summary>The build options from the command line; the search index uses the nearest package.json above the input folder.</summary>
    public HipMobility.SiteOptions SiteOptions(ParseResult parse, bool withSearch) => new(
        parse.GetValue(BaseUrl)!, parse.GetValue(EditUrl),
        withSearch && !parse.GetValue(NoSearch) ? FindTools(parse.GetValue(Input)!) : null)
    {
        ReviewDate = DateOf(parse.GetValue(ReviewDate)),
    };

    private static DateOnly? DateOf(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date
        : throw new UsageException($"--review-date (or HIPMOBILITY_REVIEW_DATE) '{text}' is not a date; write it as YYYY-MM-DD");

    private static string FindTools(string input) => HipMobility.NpmProject.FindRoot(input) ?? Directory.GetCurrentDirectory();

    /// <summary>
    /// Runs <c>npm ci</c> before a build that renders when node_modules is missing or older than package-lock.json: the
    /// theme takes browser libraries from it (theme/vendor.txt) even with --no-search, and a pull may change them.
    /// </summary>
    public void InstallNpmPackages(ParseResult parse)
    {
        if (HipMobility.NpmProject.FindRoot(parse.GetValue(Theme)!) is { } root && HipMobility.NpmProject.NeedsInstall(root))
            HipMobility.NpmProject.Install(root);
    }

    public void AddTo(Command command, bool withOutput = true)
    {
        command.Options.Add(Input);
        command.Options.Add(Theme);
        if (withOutput) command.Options.Add(Output);
        command.Options.Add(BaseUrl);
        command.Options.Add(EditUrl);
        command.Options.Add(ReviewDate);
        command.Options.Add(Verbose);
        if (withOutput) command.Options.Add(NoSearch);
    }
}

/// <summary>A command-line value the command cannot use (such as a date that is not YYYY-MM-DD): printed as an error, not as a bug.</summary>
internal sealed class UsageException(string message) : Exception(message);
