using System.Diagnostics;
using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Theme;

namespace HipMobility.Pipeline;

public sealed record StageTiming(string Stage, TimeSpan Elapsed);

/// <summary>What one build did: its diagnostics, the files it wrote (relative to the output), the pages it rendered.</summary>
public sealed record BuildReport(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Written, int Pages, IReadOnlyList<StageTiming> Timings)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
    public int FilesWritten => Written.Count;
    public TimeSpan Elapsed => Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
}

/// <summary>
/// The one build, run by <c>build</c>, <c>check</c> and <c>serve</c> alike, top to bottom:
/// discover → parse and validate → link → render → write → search index → swap.
/// <para>
/// A build keeps what it learnt in a <see cref="BuildCache"/>. <see cref="Run"/> starts from nothing and swaps a whole
/// new site in; <see cref="Update"/> (serve, after an edit) parses only the changed files, renders only the pages that
/// show what changed (or showed it before), and writes only the files whose bytes differ, in place. The one thing an
/// update skips on purpose is the search index (<see cref="SearchIndexStage"/>): it is rebuilt by the next full build.
/// </para>
/// Any content error stops the build before anything is written, so the previous output stays as it was.
/// </summary>
public sealed class SiteBuild
{
    private readonly string _input;
    private readonly string _themeDirectory;
    private readonly string? _output;
    private readonly SiteOptions _options;
    private readonly SiteUrls _urls;
    private readonly BuildCache _cache = new();

    /// <param name="outputDirectory">Where the site goes; null checks the content and writes nothing.</param>
    public SiteBuild(string inputDirectory, string themeDirectory, string? outputDirectory, SiteOptions options)
    {
        _input = DiscoverStage.Root(inputDirectory);
        _themeDirectory = Path.GetFullPath(themeDirectory).TrimEnd(Path.DirectorySeparatorChar);
        _output = outputDirectory is null ? null : Path.GetFullPath(outputDirectory);
        _options = options;
        _urls = new SiteUrls(options.BaseUrl);
    }

    public string InputDirectory => _input;
    public string ThemeDirectory => _themeDirectory;

    /// <summary>Builds a site once: everything, into a staged folder swapped in whole.</summary>
    public static BuildReport Run(string inputDirectory, string themeDirectory, string? outputDirectory, SiteOptions options) =>
        new SiteBuild(inputDirectory, themeDirectory, outputDirectory, options).Run();

    /// <summary>Reads every file and the theme, renders and writes the whole site.</summary>
    public BuildReport Run()
    {
        _cache.Clear();
        return Build(changedPaths: null);
    }

    /// <summary>Rebuilds after the given files (under the input or theme folder) were created, edited or deleted.</summary>
    public BuildReport Update(IEnumerable<string> changedPaths) => Build(changedPaths.Select(Path.GetFullPath).Distinct().ToList());

    private BuildReport Build(IReadOnlyList<string>? changedPaths)
    {
        var timings = new List<StageTiming>();
        var clock = Stopwatch.StartNew();
        T Stage<T>(string name, Func<T> run)
        {
            clock.Restart();
            T result;
            try
            {
                result = run();
            }
            catch (AggregateException e) when (e.Flatten().InnerExceptions.FirstOrDefault(x => x is ThemeException) is { } theme)
            {
                // Several pages hit the same theme problem in parallel: report it once, as itself.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(theme);
                throw;
            }
            timings.Add(new StageTiming(name, clock.Elapsed));
            return result;
        }

        var changes = Stage("discover", () => changedPaths is null ? SourceChanges.All(DiscoverStage.Run(_input)) : SourceChanges.Of(changedPaths, _input, _themeDirectory));
        if (changes.IsEmpty) return new BuildReport([], [], 0, timings);
        // The theme does not depend on the content, and compiling it is mostly single-threaded work: it runs alongside
        // the content stages. Its problems are reported only if the content is sound.
        if (changes.Theme || _cache.Theme is null) _cache.Theme = _output is null ? null : CompiledTheme.CompileInBackground(_themeDirectory, _urls);
        // Each document is validated on the thread that parsed it, as soon as it is parsed.
        var diagnostics = new DiagnosticBag();
        var content = Stage("parse and validate", () => ValidateStage.Run(_cache.Parse(changes, _urls), diagnostics));
        foreach (var d in _cache.ParseDiagnostics) diagnostics.Add(d);
        var site = Stage("link", () => LinkStage.Run(content, _urls, diagnostics));
        site = Stage("review", () =>
        {
            ReviewStage.Run(content, _options.ReviewDate, diagnostics);
            if (_options.UpdateUrlRegister && !diagnostics.HasErrors) site = UpdateUrlRegister(site);
            UrlRegisterStage.Check(site, diagnostics);
            return site;
        });
        if (diagnostics.HasErrors || _output is null) return new BuildReport(diagnostics.Sorted(), [], 0, timings);

        var theme = Stage("wait for theme", () => _cache.Theme!.GetAwaiter().GetResult());
        _cache.Figures.NextBuild();
        var plan = Stage("plan", () => RenderStage.Plan(site, theme, _options, _cache.Figures));
        // Until a build has written a site, the output may lag behind several edits: swap in a whole site.
        var whole = _cache.WrittenSite is null;
        using ISiteOutput output = whole ? StagedSite.Begin(_output) : new InPlaceOutput(_output, _cache.WrittenSite!);
        var rendered = Stage("render and write", () => whole || changes.AffectsEverything
            ? plan.RenderAll(output.Write)
            : plan.RenderAffected(_cache.IsAffected(), output.Write));
        if (whole && _options.SearchToolsDirectory is { } tools) Stage("search index", () => { SearchIndexStage.Run(output.Folder, tools); return 0; });
        Stage("swap", () => { output.Commit(rendered.Files); return 0; });
        _cache.Remember(plan, rendered);
        return new BuildReport(diagnostics.Sorted(), output.Written, rendered.Pages, timings);
    }

    /// <summary>Adds the site's URLs to the register first, so the check after it sees the register as it will be committed.</summary>
    private LinkedSite UpdateUrlRegister(LinkedSite site)
    {
        var path = Path.Combine(_input, ContentKinds.UrlRegisterFile);
        File.WriteAllText(path, UrlRegisterStage.Updated(site));
        var file = DiscoverStage.File(_input, path)!;
        return site with { Content = site.Content with { UrlRegister = ParseStage.ParseUrlRegister(file, new DiagnosticBag()) } };
    }
}
