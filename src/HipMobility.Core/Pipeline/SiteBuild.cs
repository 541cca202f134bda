using System.Diagnostics;
using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Theme;

namespace HipMobility.Pipeline;

public sealed record StageTiming(string Stage, TimeSpan Elapsed);

public sealed record BuildReport(IReadOnlyList<Diagnostic> Diagnostics, int FilesWritten, int Pages, IReadOnlyList<StageTiming> Timings)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}

/// <summary>
/// The build, top to bottom: discover → parse → validate → link → render → write → search index → swap. Parse and
/// validate run document by document, and the theme compiles alongside them. Any content error stops the build before
/// anything is written, so the previous output stays as it was.
/// </summary>
public static class SiteBuild
{
    public static BuildReport Run(string inputDirectory, string themeDirectory, string? outputDirectory, SiteOptions options)
    {
        var diagnostics = new DiagnosticBag();
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

        // The theme does not depend on the content, and compiling it is mostly single-threaded work for the JIT
        // compiler: it runs alongside the content stages. Its problems are reported only if the content is sound.
        var urls = new SiteUrls(options.BaseUrl);
        var themeCompiling = outputDirectory is null ? null : CompiledTheme.CompileInBackground(themeDirectory, urls);
        var files = Stage("discover", () => DiscoverStage.Run(inputDirectory));
        // Each document is validated on the thread that parsed it, as soon as it is parsed: see ParseStage.Run.
        var content = Stage("parse and validate", () => ValidateStage.Run(ParseStage.Run(files, urls, diagnostics, ValidateStage.Bind), diagnostics));
        var site = Stage("link", () => LinkStage.Run(content, urls, diagnostics));
        if (options.UpdateUrlRegister && !diagnostics.HasErrors)
        {
            // Adding URLs first means the check below sees the register as it will be committed.
            var path = Path.Combine(Path.GetFullPath(inputDirectory), DiscoverStage.UrlRegisterFile);
            File.WriteAllText(path, UrlRegisterStage.Updated(site));
            site = site with { Content = site.Content with { UrlRegister = ReadRegister(path, inputDirectory, urls) } };
        }
        UrlRegisterStage.Check(site, diagnostics);
        if (diagnostics.HasErrors || outputDirectory is null)
            return new BuildReport(diagnostics.Sorted(), 0, 0, timings);

        var compiled = Stage("wait for theme", () => themeCompiling!.GetAwaiter().GetResult());
        // Pages go to the staging folder as they are rendered: a large site is never held in memory whole.
        using var staged = StagedSite.Begin(outputDirectory);
        var pages = 0;
        Stage("render and write", () => RenderStage.Plan(site, compiled, options).RenderAll(file =>
        {
            staged.Write(file);
            if (file.Path.EndsWith(".html", StringComparison.Ordinal)) Interlocked.Increment(ref pages);
        }));
        if (options.SearchToolsDirectory is { } tools) Stage("search index", () => { SearchIndexStage.Run(staged.Path, tools); return 0; });
        Stage("swap", () => { staged.Commit(); return 0; });
        return new BuildReport(diagnostics.Sorted(), staged.FilesWritten, pages, timings);
    }

    private static Content.UrlRegister? ReadRegister(string path, string inputDirectory, SiteUrls urls)
    {
        var file = new SourceFile(ContentKind.UrlRegister, Path.GetFileName(Path.GetFullPath(inputDirectory)) + "/" + DiscoverStage.UrlRegisterFile,
            DiscoverStage.UrlRegisterFile, File.ReadAllBytes(path)) { FullPath = path };
        return ParseStage.Run([file], urls, new DiagnosticBag()).UrlRegister;
    }
}
