using System.Diagnostics;
using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Pipeline;
using HipMobility.Rendering;
using HipMobility.Tests.Support;
using HipMobility.Theme;

namespace HipMobility.Tests.Fuzzing;

/// <summary>How much of the site a case renders, when it has no errors.</summary>
public enum RenderScope
{
    /// <summary>The pages the mutated file appears on, the 404 page and its redirects.</summary>
    TouchedPages,
    /// <summary>As <see cref="TouchedPages"/>, plus every index page.</summary>
    TouchedPagesAndIndexes,
    /// <summary>The whole site, through <see cref="RenderStage"/>, compiling the theme again, on the case's thread.</summary>
    WholeSite,
}

/// <summary>One fuzz input: a content file of the real guide replaced by <see cref="Bytes"/>.</summary>
public sealed record FuzzCase(string Name, SourceFile Target, byte[] Bytes)
{
    public SourceFile File => new(Target.Kind, Target.DisplayPath, Target.InputRelativePath, Bytes) { FullPath = Target.FullPath };
}

/// <summary>
/// The real guide (<c>input/</c>) and the real theme, loaded once. Cases swap one file for a mutated copy and run
/// parse → validate → link → render on the whole site.
/// </summary>
public sealed class FuzzSite
{
    private static readonly Lazy<FuzzSite> Shared = new(() => new FuzzSite(Repo.Path("input"), Repo.Theme));

    public static FuzzSite Guide => Shared.Value;

    private FuzzSite(string input, string theme)
    {
        // Held in memory: every case reads them.
        Files = DiscoverStage.Run(input).Select(f => new SourceFile(f.Kind, f.DisplayPath, f.InputRelativePath, f.ReadBytes()) { FullPath = f.FullPath }).ToList();
        Targets = Files.Where(f => f.Kind is ContentKind.Pose or ContentKind.Muscle or ContentKind.Routine).ToList();
        Theme = ThemeFiles.Load(theme);
        Compiled = new CompiledTheme(Theme, Urls);
        _unchangedGuideAllocation = new(() => new FuzzWorker(this).MeasureUnchangedGuide());
    }

    public SiteUrls Urls { get; } = new("https://example.org/");

    public SiteOptions Options { get; } = new("https://example.org/");

    public IReadOnlyList<SourceFile> Files { get; }

    /// <summary>The files cases mutate: poses, muscles and routines (pages and the source list ride along unchanged).</summary>
    public IReadOnlyList<SourceFile> Targets { get; }

    public ThemeFiles Theme { get; }

    /// <summary>What a whole-site case on the unchanged guide allocates on one thread: the base of every case's memory budget.</summary>
    public long UnchangedGuideAllocation => _unchangedGuideAllocation.Value;

    private readonly Lazy<long> _unchangedGuideAllocation;

    /// <summary>Compiled once and shared: compiling is most of what a full render costs.</summary>
    public CompiledTheme Compiled { get; }

    public SourceFile FileAt(string inputRelativePath) =>
        Files.SingleOrDefault(f => f.InputRelativePath == inputRelativePath)
        ?? throw new InvalidOperationException($"input/{inputRelativePath} is not part of the guide any more");
}

/// <summary>
/// Runs cases on its own copy of the parsed guide (the link stage writes resolved URLs into the syntax trees, so
/// workers never share them). A case passes when it ends in success or in diagnostics that each name a file of the
/// site and a line inside it, without an exception, within a memory budget, and with every output path a plain path
/// inside the output folder.
/// </summary>
public sealed class FuzzWorker
{
    private readonly FuzzSite _site;
    private readonly ParseStage.Result<ParsedDocument> _base;
    private readonly Dictionary<string, int> _lineLimits;

    public FuzzWorker(FuzzSite site)
    {
        _site = site;
        var bag = new DiagnosticBag();
        _base = ParseStage.Run(site.Files, InMemorySite.Urls, bag);
        var content = ValidateStage.Run(_base, bag);
        LinkStage.Run(content, site.Urls, bag);
        var errors = bag.Sorted().Where(d => d.Severity == Severity.Error).ToList();
        if (errors.Count > 0)
            throw new InvalidOperationException("the guide itself does not build, so fuzzing it proves nothing:\n" + string.Join("\n", errors));
        _lineLimits = site.Files.ToDictionary(f => f.DisplayPath, f => LineLimit(f.ReadBytes()), StringComparer.Ordinal);
    }

    /// <summary>
    /// Bytes a case may allocate (on the worker's thread) beyond a fixed allowance, per byte of input. A Markdown file can
    /// hold a block every two bytes (a file of 28,000 "#" headings), and Markdig's syntax tree and the rendered page cost
    /// about 1.5 KB a heading: linear, and still far below what quadratic work on such a file allocates. (It was 40 while
    /// the fixed allowance, a multiple of the guide's own cost, was five times larger and hid the difference.)
    /// </summary>
    public const int AllocationPerInputByte = 1024;

    /// <summary>
    /// What any case may allocate whatever its input: one and a half times what checking and rendering the unchanged guide on one
    /// thread allocates (the largest scope, the theme compiled again), measured once per test run so that it grows with
    /// the guide. A fixed figure had to be raised by hand each time pages were added, and a parallel render counted only
    /// the share of pages this thread happened to take. Runaway cost in a mutated file (quadratic work, a blown-up
    /// alias) still ends far above it.
    /// </summary>
    public long AllocationAllowance => _site.UnchangedGuideAllocation * 3 / 2;

    /// <summary>What one whole-site case on the unchanged guide allocates on its thread (the second of two runs, after warm-up).</summary>
    internal long MeasureUnchangedGuide()
    {
        var unchanged = new FuzzCase("the guide unchanged", _site.Targets[0], _site.Targets[0].ReadBytes());
        long allocated = 0;
        for (var run = 0; run < 2; run++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var problem = Execute(unchanged, RenderScope.WholeSite);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (problem is not null) throw new InvalidOperationException($"the unchanged guide fails its own fuzz check: {problem}");
        }
        return allocated;
    }

    /// <summary>Runs one case; returns what went wrong, or null when the case held. <paramref name="budget"/> overrides the memory budget.</summary>
    public string? Run(FuzzCase fuzzCase, RenderScope scope, long? budget = null)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        string? problem;
        try
        {
            problem = Execute(fuzzCase, scope);
        }
        catch (Exception e)
        {
            problem = Describe(e);
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        budget ??= AllocationAllowance + (long)AllocationPerInputByte * fuzzCase.Bytes.Length;
        if (problem is null && allocated > budget)
            problem = $"allocated {allocated / (1024 * 1024)} MB for {fuzzCase.Bytes.Length} bytes of input (budget {budget / (1024 * 1024)} MB)";
        return problem;
    }

    private string? Execute(FuzzCase fuzzCase, RenderScope scope)
    {
        var target = fuzzCase.Target;
        var file = fuzzCase.File;
        var bag = new DiagnosticBag();

        // Parse only the mutated file; the rest of the guide was parsed once, in the worker.
        var own = ParseStage.Run([file], InMemorySite.Urls, bag);
        var documents = _base.Documents.Where(d => d.File.InputRelativePath != target.InputRelativePath).ToList();
        documents.AddRange(own.Documents);
        documents.Sort((a, b) => string.CompareOrdinal(a.File.InputRelativePath, b.File.InputRelativePath));
        var parsed = _base with
        {
            Documents = documents,
            SourceList = target.Kind == ContentKind.SourceList ? own.SourceList : _base.SourceList,
            Unreadable = own.Unreadable,
        };
        var content = ValidateStage.Run(parsed, bag);
        var site = LinkStage.Run(content, _site.Urls, bag);

        var diagnostics = bag.Sorted();
        var lineLimit = LineLimit(fuzzCase.Bytes);
        foreach (var d in diagnostics)
        {
            var limit = d.Location.Path == target.DisplayPath ? lineLimit : _lineLimits.GetValueOrDefault(d.Location.Path, -1);
            if (limit < 0) return $"diagnostic names no file of the site: {d}";
            if (d.Location.Line < 1 || d.Location.Line > limit || d.Location.Column < 1)
                return $"diagnostic points outside its file (which has at most {limit} lines): {d}";
            if (string.IsNullOrWhiteSpace(d.Message)) return $"diagnostic has no message: {d}";
        }
        if (diagnostics.Any(d => d.Severity == Severity.Error)) return null;

        var outputs = scope == RenderScope.WholeSite
            ? RenderStage.Plan(site, new CompiledTheme(_site.Theme, site.Urls), _site.Options).RenderAllOnThisThread()
            : RenderTouchedPages(site, target, withIndexes: scope == RenderScope.TouchedPagesAndIndexes);
        foreach (var output in outputs)
            if (!IsPlainOutputPath(output.Path)) return $"output path '{output.Path}' is not a plain path inside the output folder";
        var clash = outputs.GroupBy(o => o.Path, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (scope == RenderScope.WholeSite && clash is not null) return $"two output files share the path '{clash.Key}'";
        return null;
    }

    /// <summary>The pages the mutated file appears on, the 404 page and its redirects, and if asked every index page.</summary>
    private List<OutputFile> RenderTouchedPages(LinkedSite site, SourceFile target, bool withIndexes)
    {
        var renderer = new PageRenderer(site, _site.Compiled, _site.Options);
        var outputs = new List<OutputFile>();
        var path = target.InputRelativePath;
        foreach (var pose in site.Poses.Values.Where(p => p.Source.InputRelativePath == path))
        {
            outputs.Add(renderer.Pose(pose));
            foreach (var (_, muscleId) in pose.Muscles.All()) if (site.Muscles.TryGetValue(muscleId, out var m)) outputs.Add(renderer.Muscle(m));
            foreach (var use in site.RoutinesUsing(pose.Id)) outputs.Add(renderer.Routine(use.Routine));
            foreach (var related in site.RelatedTo(pose.Id)) outputs.Add(renderer.Pose(related));
            outputs.AddRange(pose.RedirectFrom.Select(from => renderer.Redirect(from, site.Urls.Pose(pose.Id), pose.Title)));
        }
        foreach (var muscle in site.Muscles.Values.Where(m => m.Source.InputRelativePath == path))
        {
            outputs.Add(renderer.Muscle(muscle));
            foreach (var use in site.UsesOf(muscle.Id)) outputs.Add(renderer.Pose(use.Pose));
            outputs.AddRange(muscle.RedirectFrom.Select(from => renderer.Redirect(from, site.Urls.Muscle(muscle.Id), muscle.Title)));
        }
        foreach (var routine in site.Routines.Values.Where(r => r.Source.InputRelativePath == path))
        {
            outputs.Add(renderer.Routine(routine));
            outputs.Add(renderer.RoutinePrint(routine));
            foreach (var step in routine.Steps) if (site.Poses.TryGetValue(step.PoseId, out var p)) outputs.Add(renderer.Pose(p));
            outputs.AddRange(routine.RedirectFrom.Select(from => renderer.Redirect(from, site.Urls.Routine(routine.Id), routine.Title)));
        }
        foreach (var page in site.Content.Pages.Where(p => p.Source.InputRelativePath == path))
        {
            outputs.Add(renderer.FreePage(page));
            outputs.AddRange(page.RedirectFrom.Select(from => renderer.Redirect(from, site.Urls.Page(page), page.Title)));
        }
        if (withIndexes) outputs.AddRange(IndexPages.Jobs(site, renderer).Select(job => job.Render()));
        outputs.Add(renderer.NotFound());
        return outputs;
    }

    /// <summary>The rule the write stage enforces: relative, '/'-separated, no empty, '.' or '..' segment.</summary>
    public static bool IsPlainOutputPath(string path) =>
        path.Length > 0 && !Path.IsPathRooted(path) && !path.Contains('\\') && !path.Contains(':')
        && path.Split('/').All(s => s is not ("" or "." or "..") && !s.Any(char.IsControl));

    /// <summary>
    /// An upper bound on the lines a file has, counting every character YAML or Markdown may treat as a line end
    /// (LF, CR, and in UTF-8 NEL, LS and PS), on the bytes, without decoding them.
    /// </summary>
    private static int LineLimit(byte[] bytes)
    {
        var span = bytes.AsSpan();
        var breaks = span.Count((byte)'\n') + span.Count((byte)'\r') + span.Count((ReadOnlySpan<byte>)[0xC2, 0x85])
            + span.Count((ReadOnlySpan<byte>)[0xE2, 0x80, 0xA8]) + span.Count((ReadOnlySpan<byte>)[0xE2, 0x80, 0xA9]);
        return breaks + 2;
    }

    private static string Describe(Exception e)
    {
        while (e is AggregateException { InnerExceptions.Count: 1, InnerException: { } inner }) e = inner;
        var frames = new StackTrace(e, fNeedFileInfo: true).GetFrames()
            .Where(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("HipMobility", StringComparison.Ordinal) == true)
            .Take(4)
            .Select(f => $"    at {f.GetMethod()!.DeclaringType!.Name}.{f.GetMethod()!.Name} ({Path.GetFileName(f.GetFileName())}:{f.GetFileLineNumber()})");
        return $"unhandled {e.GetType().Name}: {e.Message}\n{string.Join("\n", frames)}";
    }
}

public static class FuzzAssert
{
    /// <summary>Runs one case on its own thread; fails naming the case if it throws, hangs or breaks an invariant.</summary>
    public static void Holds(FuzzCase fuzzCase, TimeSpan timeout, RenderScope scope, long? allocationBudget = null)
    {
        string? problem = null;
        var worker = new FuzzWorker(FuzzSite.Guide);
        var thread = new Thread(() => problem = worker.Run(fuzzCase, scope, allocationBudget)) { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(timeout), $"{fuzzCase.Name} did not finish within {timeout.TotalSeconds:F0} s");
        Assert.True(problem is null, $"{fuzzCase.Name}: {problem}");
    }
}

/// <summary>Settings of a fuzz campaign; a normal test run uses the fixed seed, the environment can ask for more.</summary>
public sealed record FuzzSettings(int Cases, int Seed, TimeSpan CaseTimeout, int? Only, int FullRenderEvery)
{
    public const int DefaultSeed = 20_251_122;

    public static FuzzSettings FromEnvironment(int defaultCases)
    {
        static int? Number(string name) => int.TryParse(Environment.GetEnvironmentVariable(name), out var n) ? n : null;
        return new FuzzSettings(
            Number("HIPMOBILITY_FUZZ_CASES") ?? defaultCases,
            Number("HIPMOBILITY_FUZZ_SEED") ?? DefaultSeed,
            TimeSpan.FromSeconds(Number("HIPMOBILITY_FUZZ_TIMEOUT") ?? 20),
            Number("HIPMOBILITY_FUZZ_ONLY"),
            Number("HIPMOBILITY_FUZZ_FULL_RENDER_EVERY") ?? 100);
    }
}

/// <summary>Generates cases from a seed and runs them on parallel workers with a watchdog for hangs.</summary>
public static class FuzzCampaign
{
    public sealed record Failure(int Index, FuzzCase Case, string Problem, string? SavedAt);

    public sealed record Outcome(int CasesRun, IReadOnlyList<Failure> Failures, TimeSpan Elapsed, string? Hang, IReadOnlyList<(string Case, TimeSpan Elapsed)> Slowest);

    public static FuzzCase Generate(FuzzSite site, int seed, int index)
    {
        var random = new Random(unchecked(seed * 1_000_003 + index * 7919));
        var target = site.Targets[random.Next(site.Targets.Count)];
        var (bytes, description) = Mutator.Mutate(random, target.ReadBytes());
        return new FuzzCase($"case {index} of seed {seed}: {target.InputRelativePath} after {description}", target, bytes);
    }

    public static Outcome Run(FuzzSite site, FuzzSettings settings)
    {
        var clock = Stopwatch.StartNew();
        int[] indexes = settings.Only is { } only ? [only] : [.. Enumerable.Range(0, settings.Cases)];
        var workers = Math.Clamp(Environment.ProcessorCount, 2, 8);
        var failures = new List<Failure>();
        var running = new (FuzzCase? Case, long StartedAt)[workers];
        var next = -1;
        var casesRun = 0;
        var stop = false;
        var timings = new List<(string Case, TimeSpan Elapsed)>();

        // Workers get the default stack size, the same as the thread-pool threads the build parses on.
        var threads = Enumerable.Range(0, workers).Select(w => new Thread(() =>
        {
            var worker = new FuzzWorker(site);
            while (!Volatile.Read(ref stop))
            {
                var i = Interlocked.Increment(ref next);
                if (i >= indexes.Length) break;
                var fuzzCase = Generate(site, settings.Seed, indexes[i]);
                var startedAt = Stopwatch.GetTimestamp();
                lock (running) running[w] = (fuzzCase, startedAt);
                var scope = indexes[i] % settings.FullRenderEvery == settings.FullRenderEvery - 1 ? RenderScope.WholeSite
                    : indexes[i] % 4 == 0 ? RenderScope.TouchedPagesAndIndexes : RenderScope.TouchedPages;
                var problem = worker.Run(fuzzCase, scope);
                lock (running) running[w] = (null, 0);
                lock (timings) timings.Add((fuzzCase.Name, Stopwatch.GetElapsedTime(startedAt)));
                Interlocked.Increment(ref casesRun);
                if (problem is not null)
                    lock (failures) failures.Add(new Failure(indexes[i], fuzzCase, problem, Save(fuzzCase)));
            }
        }) { IsBackground = true, Name = $"fuzz worker {w}" }).ToList();
        threads.ForEach(t => t.Start());

        string? hang = null;
        while (threads.Any(t => t.IsAlive) && hang is null)
        {
            Thread.Sleep(50);
            lock (running)
            {
                foreach (var (fuzzCase, startedAt) in running)
                {
                    if (fuzzCase is null || Stopwatch.GetElapsedTime(startedAt) <= settings.CaseTimeout) continue;
                    hang = $"{fuzzCase.Name} did not finish within {settings.CaseTimeout.TotalSeconds:F0} s (input saved at {Save(fuzzCase)})";
                    Volatile.Write(ref stop, true);
                }
            }
        }
        List<(string, TimeSpan)> slowest;
        lock (timings) slowest = [.. timings.OrderByDescending(t => t.Elapsed).Take(10)];
        lock (failures) return new Outcome(casesRun, failures.OrderBy(f => f.Index).ToList(), clock.Elapsed, hang, slowest);
    }

    /// <summary>Where failing inputs are saved, named so they can be copied into <c>Fuzzing/regressions/</c> as they are.</summary>
    public static string FailureFolder => Path.Combine(Path.GetTempPath(), "hipmobility-fuzz-failures");

    private static string? Save(FuzzCase fuzzCase)
    {
        try
        {
            Directory.CreateDirectory(FailureFolder);
            var index = fuzzCase.Name.Split(' ')[1];
            var path = Path.Combine(FailureFolder, FuzzRegressions.FileName(fuzzCase.Target, $"case-{index}"));
            File.WriteAllBytes(path, fuzzCase.Bytes);
            return path;
        }
        catch (IOException)
        {
            return null;
        }
    }
}

/// <summary>
/// Inputs that once broke the generator, kept as files under <c>Fuzzing/regressions/</c>. A file named
/// <c>poses.pigeon.whitespace-title.md</c> replaces <c>input/poses/pigeon.md</c>; <c>pages.index.….md</c> replaces
/// <c>input/index.md</c>; <c>sources.sources.….yml</c> replaces <c>input/sources.yml</c>.
/// </summary>
public static class FuzzRegressions
{
    public static string Folder => Repo.Path("tests", "HipMobility.Core.Tests", "Fuzzing", "regressions");

    public static string PendingFolder => Path.Combine(Folder, "pending");

    public static IEnumerable<string> Names(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Where(n => n.EndsWith(".md") || n.EndsWith(".yml")).Order(StringComparer.Ordinal)
            : [];

    public static string FileName(SourceFile target, string description)
    {
        var folder = target.Kind switch
        {
            ContentKind.Pose => "poses",
            ContentKind.Muscle => "muscles",
            ContentKind.Routine => "routines",
            ContentKind.SourceList => "sources",
            _ => "pages",
        };
        return $"{folder}.{target.Stem}.{description}{Path.GetExtension(target.InputRelativePath)}";
    }

    public static FuzzCase Load(FuzzSite site, string folder, string name)
    {
        var parts = name.Split('.');
        var target = parts[0] switch
        {
            "pages" => parts[1] + ".md",
            "sources" => "sources.yml",
            _ => $"{parts[0]}/{parts[1]}.md",
        };
        return new FuzzCase($"regression {name}", site.FileAt(target), File.ReadAllBytes(Path.Combine(folder, name)));
    }
}
