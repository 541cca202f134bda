using System.Diagnostics;
using System.Globalization;
using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Parsing;
using HipMobility.Pipeline;
using HipMobility.Rendering;
using HipMobility.Theme;

namespace HipMobility.Benchmarks.Stages;

/// <summary>
/// The <c>stages</c> command: what one pose costs in each piece of the pipeline, warm, in this process, on one thread.
/// Each piece runs over every pose of the guide <paramref name="rounds"/> times; the figure is the fastest round
/// (the one least disturbed by the rest of the machine) per pose, with the bytes it allocated per pose, which do not
/// depend on the machine at all. Cold-start costs (runtime start, JIT, theme compilation) are what <c>run</c> measures.
/// </summary>
internal static class StageCosts
{
    public static int Run(string input, string theme, int rounds)
    {
        var urls = new SiteUrls("http://localhost:5080/");
        var files = DiscoverStage.Run(input).Where(f => f.Kind == ContentKind.Pose).ToList();
        if (files.Count == 0) throw new BenchmarkException($"{input} holds no poses");
        var parts = files.Select(f => FrontMatterSplitter.Split(f.ReadBytes()) ?? throw new BenchmarkException("a pose has no front matter")).ToList();
        var documents = files.Select(f => ParseStage.ParseDocument(f, urls, new DiagnosticBag())
            ?? throw new BenchmarkException($"{f.DisplayPath} does not parse")).ToList();

        var bag = new DiagnosticBag();
        var site = LinkStage.Run(ValidateStage.Run(ParseStage.Run(DiscoverStage.Run(input), urls, bag, ValidateStage.Bind), bag), urls, bag);
        if (bag.HasErrors) throw new BenchmarkException($"{input} has content errors: run 'hipmobility check'");
        var renderer = new PageRenderer(site, new CompiledTheme(ThemeFiles.Load(theme), urls), new SiteOptions());
        var poses = files.Select(f => site.Poses[f.Stem]).ToList();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} poses from {Path.GetFullPath(input)}, fastest of {rounds} rounds, one thread"));
        Console.WriteLine();
        Console.WriteLine("| piece | µs per pose | KB allocated per pose |");
        Console.WriteLine("|---|---:|---:|");
        Piece("read, split front matter, decode the two parts", files.Count, rounds, i =>
        {
            using var content = files[i].ReadLent(ParseStage.MaxFileBytes);
            FrontMatterSplitter.Split(content.Bytes);
        });
        Piece("front matter to a YAML tree (YamlDotNet)", files.Count, rounds, i => YamlTreeReader.Read(parts[i].FrontMatter, 1));
        Piece("Markdown parse (Markdig)", files.Count, rounds, i => Markdig.Markdown.Parse(parts[i].Body, Markdown.GuideMarkdown.Pipeline));
        Piece("parse stage, whole (all of the above, checks, body HTML)", files.Count, rounds, i => ParseStage.ParseDocument(files[i], urls, new DiagnosticBag()));
        Piece("validate and bind", files.Count, rounds, i => ValidateStage.Bind(documents[i], new DiagnosticBag()));
        Piece("body HTML with its links filled", files.Count, rounds, i => renderer.BodyHtml(poses[i].Body));
        Piece("pose page, whole (view model, templates, UTF-8)", files.Count, rounds, i => renderer.Pose(poses[i]));
        RenderJobs(site, theme, urls, rounds);
        return 0;
    }

    /// <summary>
    /// Every page of the site rendered once per round on one thread, grouped by kind (the first folder of its path):
    /// shows what the index and muscle pages, which grow with the guide, cost beside the pose pages.
    /// </summary>
    private static void RenderJobs(LinkedSite site, string theme, SiteUrls urls, int rounds)
    {
        var plan = RenderStage.Plan(site, new CompiledTheme(ThemeFiles.Load(theme), urls), new SiteOptions());
        var kinds = new SortedDictionary<string, (double Best, long Bytes, int Count, long Size)>(StringComparer.Ordinal);
        foreach (var group in plan.Jobs.GroupBy(j => j.Path is null ? j.Render().Path : Kind(j.Path)))
        {
            var jobs = group.ToList();
            var best = double.MaxValue;
            long allocated = 0, size = 0;
            for (var round = 0; round < rounds; round++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                size = jobs.Sum(j => (long)j.Render().Bytes.Length);
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }
            kinds[group.Key] = (best, allocated, jobs.Count, size);
        }
        Console.WriteLine();
        Console.WriteLine("| pages | count | ms, all of them | MB allocated | MB written |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (kind, (best, bytes, count, size)) in kinds)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {count} | {best:F1} | {bytes / 1048576.0:F1} | {size / 1048576.0:F1} |"));
    }

    /// <summary>A content page's kind: <c>poses/*</c>, <c>routines/*/print</c>… (index pages are named by their own path).</summary>
    private static string Kind(string path)
    {
        var parts = path.Split('/');
        return parts.Length < 3 ? path : parts[0] + "/*" + (parts[^2] == "print" ? "/print" : "");
    }

    private static void Piece(string name, int count, int rounds, Action<int> run)
    {
        var best = double.MaxValue;
        long allocated = 0;
        for (var round = 0; round < rounds; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < count; i++) run(i);
            best = Math.Min(best, clock.Elapsed.TotalMicroseconds / count);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {best:F1} | {allocated / 1024.0 / count:F1} |"));
    }
}
