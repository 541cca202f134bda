using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HipMobility.Benchmarks.Corpus;

namespace HipMobility.Benchmarks.Runner;

/// <summary>
/// The <c>run</c> command: publish, generate, time, compare, report. Every figure is a median of separate cold builds
/// (fresh process, empty output folder); nothing here asserts on time, the targets are only reported as met or not.
/// </summary>
internal sealed partial class BenchmarkRun(RunSettings settings)
{
    private readonly StringBuilder _report = new();

    private sealed record SizeResult(int Poses, IReadOnlyList<Measurement> Runs, IReadOnlyList<BuildOutput> Outputs)
    {
        public double MedianWall => Measure.Median(Runs.Select(r => r.WallSeconds));
        public double PeakRss => Runs.Max(r => r.PeakRssMb);
        public double PagesPerSecond => Poses / MedianWall;
        public double MedianStage(string stage) => Measure.Median(Outputs.Select(o => o.Stages.FirstOrDefault(s => s.Stage == stage).Ms));
        public double MedianInProcessMs => Measure.Median(Outputs.Select(o => o.InProcessMs));
        public double MedianCpu => Measure.Median(Runs.Select(r => r.CpuSeconds));
        public double MaxLoad => Runs.Max(r => r.LoadBefore);
        public double MedianStageSum => Measure.Median(Outputs.Select(o => o.Stages.Sum(s => s.Ms)));
        /// <summary>Per run: wall time minus the stages' sum (runtime start, JIT, argument parsing, printing, exit); then the median.</summary>
        public double MedianOutsideMs => Measure.Median(Runs.Zip(Outputs, (r, o) => r.WallSeconds * 1000 - o.Stages.Sum(s => s.Ms)));
    }

    private sealed record HugoResult(int Poses, double MedianWall, double PagesPerSecond, double PeakRss, double LoadBefore, double LoadAfter);

    /// <summary>
    /// One published CLI that the sitting times (Native AOT, ReadyToRun, or the --binary given), and what was measured with
    /// it. Every timed step runs each flavour in turn, so both see the same state of the machine.
    /// </summary>
    private sealed class Flavour(string name, string binary, TimeSpan? publishTime)
    {
        public string Name => name;
        public string Binary => binary;
        public TimeSpan? PublishTime => publishTime;
        public List<Measurement> Help { get; } = [];
        public List<SizeResult> Results { get; } = [];
        public SizeResult Guide { get; set; } = null!;
        public (Measurement M, BuildOutput O)? Searched { get; set; }
        public string? SearchError { get; set; }
        public ServeResult Serve { get; set; } = new("serve edit latency: skipped (--no-serve)");
        /// <summary>What the publish folder holds, without debug symbols (.pdb, .dbg).</summary>
        public double SizeMb => Directory.GetFiles(Path.GetDirectoryName(binary)!)
            .Where(file => Path.GetExtension(file) is not (".pdb" or ".dbg")).Sum(file => new FileInfo(file).Length) / 1048576.0;

        /// <summary>Geometric mean of the median wall times over every corpus size and the real guide: each size counts alike.</summary>
        public double Score => Math.Exp(Results.Append(Guide).Average(r => Math.Log(r.MedianWall)));
    }

    public int Execute()
    {
        Directory.CreateDirectory(settings.Work);
        Measure.Environment = settings.Environment;
        var machine = Machine.Describe();
        Progress($"machine: {machine}");
        var (flavours, notTimed) = settings.Binary is { } given ? ([new Flavour("given binary", given, null)], null) : Publish();
        foreach (var f in flavours)
        {
            if (!File.Exists(f.Binary)) throw new BenchmarkException($"no hipmobility binary at {f.Binary}");
            Progress($"binary ({f.Name}): {f.Binary}");
        }
        var theme = Path.Combine(settings.Repo, "theme");

        // Startup (and JIT, for a JIT-compiled binary): a run that parses its arguments, prints help and exits.
        for (var i = 0; i < 10; i++)
            foreach (var f in InTurn(flavours, i)) f.Help.Add(Checked(Measure.Run(f.Binary, ["--help"]), "hipmobility --help"));
        foreach (var f in flavours)
            Progress(F($"startup ({f.Name}): 'hipmobility --help' median {Ms(Measure.Median(f.Help.Select(h => h.WallSeconds)))} ms"));

        // Synthetic corpora.
        var hugo = new List<HugoResult>();
        foreach (var n in settings.Sizes)
        {
            var corpus = Path.Combine(settings.Work, $"corpus-{n}");
            var summary = CorpusGenerator.Write(n, settings.Seed, corpus);
            var check = Measure.Run(flavours[0].Binary, ["check", "--input", corpus]);
            if (check.ExitCode != 0) throw new BenchmarkException($"the generated corpus at {corpus} fails 'hipmobility check':\n{check.Stdout}{check.Stderr}");
            Progress(F($"N={n}: generated {summary.Poses} poses, {summary.Routines} routines ({summary.Bytes / 1048576.0:F1} MB) in {corpus}; check: {check.Stdout.Trim().Split('\n')[^1]}"));
            var timed = ColdBuilds(flavours, settings.Runs, corpus, theme, Path.Combine(settings.Work, $"out-{n}"), F($"N={n}"));
            foreach (var f in flavours) f.Results.Add(new SizeResult(n, timed[f].Runs, timed[f].Outputs));
            // Hugo at the same N straight after ours, so both see the same machine (load from other work varies by the minute).
            if (settings.HugoPeer is { } script && HugoSizes().Contains(n)) hugo.Add(RunHugo(script, n));
        }

        // The real guide: cold builds without search, then one with search.
        var guide = Path.Combine(settings.Repo, "input");
        var guidePoses = Directory.GetFiles(Path.Combine(guide, "poses"), "*.md").Length;
        var guideTimed = ColdBuilds(flavours, Math.Max(3, settings.GuideRuns), guide, theme, Path.Combine(settings.Work, "out-guide"), "guide", quiet: true);
        foreach (var f in flavours)
        {
            f.Guide = new SizeResult(guidePoses, guideTimed[f].Runs, guideTimed[f].Outputs);
            Progress(F($"guide ({f.Name}): median {f.Guide.MedianWall:F3} s wall over {f.Guide.Runs.Count} cold builds without search"));
        }
        foreach (var f in flavours)
        {
            try
            {
                f.Searched = ColdBuild(f.Binary, guide, theme, Path.Combine(settings.Work, "out-guide-search"), search: true);
                Progress(F($"guide with search ({f.Name}): {f.Searched.Value.M.WallSeconds:F3} s wall"));
            }
            catch (BenchmarkException e)
            {
                f.SearchError = e.Message.Split('\n')[0];
                Progress($"guide with search ({f.Name}) failed: {f.SearchError}");
            }
        }

        if (settings.Serve)
            foreach (var f in flavours)
            {
                WaitForQuiet();
                f.Serve = ServeLatency.Run(f.Binary, guide, theme, settings.Work, Progress);
                Progress($"{f.Name}: {f.Serve.Text}");
            }
        else Progress(flavours[0].Serve.Text);

        // The report's figures are the faster binary's; the other's stand beside them in their own table.
        var main = flavours.MinBy(f => f.Score)!;
        if (flavours.Count > 1) Progress($"faster: {main.Name}");
        WriteReport(machine, main, flavours, notTimed, hugo);
        Console.WriteLine();
        Console.Write(_report.ToString());
        File.WriteAllText(settings.Report, _report.ToString());
        Console.WriteLine($"(report written to {settings.Report})");
        return 0;
    }

    /// <summary>The flavours in the order of round <paramref name="round"/>: alternated, so neither always runs first.</summary>
    private static IEnumerable<Flavour> InTurn(List<Flavour> flavours, int round) =>
        round % 2 == 0 ? flavours : Enumerable.Reverse(flavours);

    /// <summary><paramref name="runs"/> rounds of one cold build per flavour, the flavours taking turns.</summary>
    private Dictionary<Flavour, (List<Measurement> Runs, List<BuildOutput> Outputs)> ColdBuilds(List<Flavour> flavours, int runs,
        string input, string theme, string outParent, string label, bool quiet = false)
    {
        var timed = flavours.ToDictionary(f => f, _ => (Runs: new List<Measurement>(), Outputs: new List<BuildOutput>()));
        for (var r = 0; r < runs; r++)
            foreach (var f in InTurn(flavours, r))
            {
                var (m, o) = ColdBuild(f.Binary, input, theme, outParent, search: false);
                timed[f].Runs.Add(m);
                timed[f].Outputs.Add(o);
                if (!quiet)
                    Progress(F($"{label} run {r + 1} ({f.Name}): {m.WallSeconds:F3} s wall, {m.CpuSeconds:F2} s CPU, {o.InProcessMs:F0} ms in process, {m.PeakRssMb:F0} MB peak RSS, {o.Pages} pages, load before {m.LoadBefore:F2}"));
            }
        return timed;
    }

    /// <summary>
    /// One cold build: empty output folder (its parent too, so no lock or staging folder survives), fresh process.
    /// By default the previous output is deleted right before the build, as the Hugo peer script does. On ext4 that makes
    /// the build's file creation slower (inodes freed in the last ~5–35 s are skipped by the allocator, which then reads
    /// more inode-table blocks); --settle SECONDS waits after the delete to measure without that effect.
    /// </summary>
    private (Measurement, BuildOutput) ColdBuild(string binary, string input, string theme, string outParent, bool search)
    {
        if (Directory.Exists(outParent)) Directory.Delete(outParent, recursive: true);
        Directory.CreateDirectory(outParent);
        if (settings.SettleSeconds > 0) Thread.Sleep(TimeSpan.FromSeconds(settings.SettleSeconds));
        WaitForQuiet();
        var args = new List<string> { "build", "--input", input, "--theme", theme, "--output", Path.Combine(outParent, "site"), "--timings" };
        if (!search) args.Add("--no-search");
        var m = Checked(Measure.Run(binary, args), "hipmobility " + string.Join(' ', args));
        return (m, BuildOutput.Parse(m.Stdout));
    }

    /// <summary>With --max-load: waits (up to --max-wait seconds) until the 1-minute load average drops below it.</summary>
    private void WaitForQuiet()
    {
        if (settings.MaxLoad is not { } max) return;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var told = false;
        while (Measure.LoadAverage() is var load && load >= max && clock.Elapsed.TotalSeconds < settings.MaxWaitSeconds)
        {
            if (!told) Progress(F($"load average {load:F2} ≥ {max:F2}: waiting up to {settings.MaxWaitSeconds} s for the machine to quieten …"));
            told = true;
            Thread.Sleep(2000);
        }
    }

    private static Measurement Checked(Measurement m, string what) =>
        m.ExitCode == 0 ? m : throw new BenchmarkException($"'{what}' failed (exit {m.ExitCode}):\n{m.Stdout}{m.Stderr}");

    /// <summary>
    /// Publishes the CLI in Release twice, as a Native AOT binary (no JIT at all) and as a ReadyToRun one (precompiled,
    /// the JIT still at hand), into WORK/bin-aot and WORK/bin-r2r. Each builds in its own artifacts folder under WORK, so
    /// the two never share intermediate files (PERFORMANCE.md: a publish over another kind's obj/ can abort at start) and
    /// the repository's obj/ is left alone. A failed AOT publish (no C toolchain, say) is reported and the sitting goes
    /// on with ReadyToRun alone.
    /// </summary>
    private (List<Flavour> Flavours, string? NotTimed) Publish()
    {
        var project = Path.Combine(settings.Repo, "src", "HipMobility.Cli", "HipMobility.Cli.csproj");
        var flavours = new List<Flavour>();
        string? notTimed = null;
        foreach (var (name, key, property) in new[] { ("Native AOT", "aot", "-p:PublishAot=true"), ("ReadyToRun", "r2r", "-p:PublishReadyToRun=true") })
        {
            var outDir = Path.Combine(settings.Work, "bin-" + key);
            if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
            Progress($"publishing {project} (Release, {name}) to {outDir} …");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                Measure.Call("dotnet", ["publish", project, "-c", "Release", "-r", "linux-x64", property,
                    "--artifacts-path", Path.Combine(settings.Work, "build-" + key), "-o", outDir, "--nologo", "-v", "quiet"], settings.Repo);
            }
            catch (BenchmarkException e) when (key == "aot")
            {
                // The message starts with the command line; MSBuild's first "error …: text" says why.
                var why = PublishError().Match(e.Message) is { Success: true } m ? m.Groups[1].Value.Trim() : e.Message.Split('\n')[0];
                notTimed = $"{name}: not timed, the publish failed: {why}";
                Progress(notTimed);
                continue;
            }
            flavours.Add(new Flavour(name, Path.Combine(outDir, "hipmobility"), clock.Elapsed));
        }
        return (flavours, notTimed);
    }

    /// <summary>The sizes the Hugo peer runs at: ours from 1,000 up (the targets' sizes), or the largest when all are smaller.</summary>
    private List<int> HugoSizes() => settings.Sizes.Where(n => n >= 1000).DefaultIfEmpty(settings.Sizes[^1]).ToList();

    private HugoResult RunHugo(string script, int n)
    {
        WaitForQuiet();
        var size = n.ToString(CultureInfo.InvariantCulture);
        Progress($"running the Hugo peer: python3 {script} {size} --runs {settings.Runs} …");
        var loadBefore = Measure.LoadAverage();
        // The peer builds in a temporary folder: put it beside our own output, on the same file system (see PERFORMANCE.md:
        // creating thousands of page folders costs very different amounts on ext4 and on tmpfs).
        var temp = Directory.CreateDirectory(Path.Combine(settings.Work, "hugo-tmp")).FullName;
        var output = Measure.Call("python3", [script, size, "--runs", settings.Runs.ToString(CultureInfo.InvariantCulture)],
            environment: new Dictionary<string, string> { ["TMPDIR"] = temp });
        var m = HugoLine().Match(output);
        if (!m.Success) throw new BenchmarkException($"the Hugo peer printed no result:\n{output}");
        Progress(m.Value);
        return new HugoResult(int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups["wall"].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups["pps"].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups["rss"].Value, CultureInfo.InvariantCulture),
            loadBefore, Measure.LoadAverage());
    }

    [GeneratedRegex(@"error\s*[A-Z]*[0-9]*\s*:\s*([^\n]*)")]
    private static partial Regex PublishError();

    [GeneratedRegex(@"hugo N=(?<n>\d+): median (?<wall>[\d.]+) s over \d+ cold builds, (?<pps>[\d.]+) pose pages/s, peak RSS (?<rss>[\d.]+) MB")]
    private static partial Regex HugoLine();

    private void WriteReport(string machine, Flavour main, List<Flavour> flavours, string? notTimed, List<HugoResult> hugo)
    {
        void L(string line = "") => _report.Append(line).Append('\n');
        var (help, results, guide, searched, searchError, serve) = (main.Help, main.Results, main.Guide, main.Searched, main.SearchError, main.Serve.Text);
        var helpWall = Measure.Median(help.Select(h => h.WallSeconds));
        L("## Benchmark results");
        L();
        var which = flavours.Count > 1
            ? $", the faster of the {flavours.Count} publishes timed (the lowest geometric mean of the median wall times over every size and the real guide); the figures of both are compared at the end"
            : notTimed is not null ? $" ({notTimed})" : "";
        L($"Machine: {machine}. Binary: {(settings.Binary is null ? main.Name + ", " : "")}`{main.Binary}` (Release){which}. Seed {settings.Seed}; {settings.Runs} cold builds per size (fresh process, empty output folder{(settings.SettleSeconds > 0 ? $" deleted {settings.SettleSeconds} s before" : " deleted just before, as the Hugo script does")}, `--no-search`); figures are medians, peak RSS is the maximum over the runs." +
          (settings.Environment.Count > 0 ? $" Environment: {string.Join(", ", settings.Environment.Select(kv => $"`{kv.Key}={kv.Value}`"))}." : ""));
        L();
        L("| poses | pages built | median wall (s) | median CPU (s) | in-process (ms) | pose pages/s | peak RSS (MB) | runs (s) | max load before |");
        L("|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        foreach (var r in results.Append(guide))
            L(F($"| {(ReferenceEquals(r, guide) ? $"real guide ({r.Poses})" : r.Poses.ToString(CultureInfo.InvariantCulture))} | {r.Outputs[0].Pages} | {r.MedianWall:F3} | {r.MedianCpu:F2} | {r.MedianInProcessMs:F0} | {r.PagesPerSecond:F0} | {r.PeakRss:F0} | {string.Join(", ", r.Runs.Select(m => m.WallSeconds.ToString("F3", CultureInfo.InvariantCulture)))} | {r.MaxLoad:F2} |"));
        L();
        L("(in-process: the build's own \"in N ms\" figure; CPU: user + system time from GNU time, across all threads; load: 1-minute load average before each run, on this many CPUs: " + Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture) + ".)");
        L();
        L(F($"Startup: `hipmobility --help` takes {Ms(helpWall)} ms wall (median of {help.Count}), peak RSS {help.Max(h => h.PeakRssMb):F0} MB."));
        L();

        var stages = results.Append(guide).SelectMany(r => r.Outputs.SelectMany(o => o.Stages.Select(s => s.Stage))).Distinct().ToList();
        L("Median time per pipeline stage (ms, from `--timings`), and the rest of the wall time (process start, JIT, argument parsing, exit):");
        L();
        L("| stage | " + string.Join(" | ", results.Select(r => F($"N={r.Poses}")).Append("real guide")) + " |");
        L("|---|" + string.Concat(Enumerable.Repeat("---:|", results.Count + 1)));
        foreach (var stage in stages)
            L($"| {stage} | " + string.Join(" | ", results.Append(guide).Select(r => FormatMs(r.MedianStage(stage)))) + " |");
        L("| **sum of stages** | " + string.Join(" | ", results.Append(guide).Select(r => FormatMs(r.MedianStageSum))) + " |");
        L("| outside the pipeline | " + string.Join(" | ", results.Append(guide).Select(r => FormatMs(r.MedianOutsideMs))) + " |");
        L("| **wall** | " + string.Join(" | ", results.Append(guide).Select(r => FormatMs(r.MedianWall * 1000))) + " |");
        L();

        if (searched is { } s)
        {
            var searchMs = s.O.Stages.FirstOrDefault(x => x.Stage == "search index").Ms;
            L(F($"Real guide with search (one cold build): {s.M.WallSeconds:F3} s wall, of which the search index (Pagefind) took {searchMs:F0} ms; peak RSS of the hipmobility process tree as GNU time reports it: {s.M.PeakRssMb:F0} MB."));
        }
        else L($"Real guide with search: failed ({searchError}).");
        L();
        L(serve.EndsWith('.') ? serve : serve + ".");
        L();

        // Targets.
        SizeResult? At(int n) => results.FirstOrDefault(r => r.Poses == n);
        HugoResult? HugoAt(int n) => hugo.FirstOrDefault(h => h.Poses == n);
        L("| target | measured | met? |");
        L("|---|---|---|");
        // Issue 18's targets.
        foreach (var (n, wanted) in new[] { (1000, 1.0), (10000, 1.5) })
        {
            var ours = At(n);
            var peer = HugoAt(n);
            var target = F($"pose pages/s at N={n:N0} ≥ {wanted:0.#}× Hugo");
            if (ours is null) L(F($"| {target} | not run (add {n} to --sizes) | – |"));
            else if (peer is null) L(F($"| {target} | {ours.PagesPerSecond:F0} pages/s; Hugo not run (--hugo) | – |"));
            else
            {
                var ratio = ours.PagesPerSecond / peer.PagesPerSecond;
                L(F($"| {target} | {ours.PagesPerSecond:F0} vs Hugo {peer.PagesPerSecond:F0} = **{ratio:F2}×** | {(ratio >= wanted ? "yes" : "no")}{(ratio >= 2 ? " (stretch 2× too)" : "")} |"));
            }
        }
        if (At(10000) is { } big)
            L(F($"| peak RSS at N=10,000 ≤ 400 MB | {big.PeakRss:F0} MB{(HugoAt(10000) is { } h ? $" (Hugo {h.PeakRss:F0} MB, ratio {big.PeakRss / h.PeakRss:F2}×)" : "")} | {(big.PeakRss <= 400 ? "yes" : "no")} |"));
        else L("| peak RSS at N=10,000 ≤ 400 MB | not run | – |");
        L(F($"| real guide cold build without search < 0.15 s | {guide.MedianWall:F3} s | {(guide.MedianWall < 0.15 ? "yes" : "no")} |"));
        var serveResult = main.Serve;
        L(double.IsNaN(serveResult.ThemeMedianMs) ? "| theme edit in serve, save → all pages written < 300 ms | not measured | – |"
            : F($"| theme edit in serve, save → all pages written < 300 ms | {serveResult.ThemeMedianMs:F0} ms | {(serveResult.ThemeMedianMs < 300 ? "yes" : "no")} |"));
        L(double.IsNaN(serveResult.MedianMs) ? "| one-pose edit in serve, save → pages written < 30 ms | not measured | – |"
            : F($"| one-pose edit in serve, save → pages written < 30 ms | {serveResult.MedianMs:F0} ms | {(serveResult.MedianMs < 30 ? "yes" : "no")} |"));
        if (At(1000) is { } a && At(10000) is { } b)
        {
            var scale = b.MedianWall / a.MedianWall;
            var hugoScale = HugoAt(1000) is { } h1 && HugoAt(10000) is { } h2 ? F($" (Hugo {h2.MedianWall / h1.MedianWall:F2}×)") : "";
            L(F($"| scaling 1,000→10,000 ≤ 10.5× the time | {scale:F2}×{hugoScale} | {(scale <= 10.5 ? "yes" : "no")} |"));
        }
        else L("| scaling 1,000→10,000 ≤ 10.5× the time | not run | – |");
        L();
        if (flavours.Count > 1) WriteComparison(flavours, L);
        if (hugo.Count > 0)
        {
            L(F($"Hugo peer (`{settings.HugoPeer}`, run at each size straight after our own runs at that size, in the same sitting):"));
            L();
            L("| poses | Hugo median wall (s) | Hugo pose pages/s | Hugo peak RSS (MB) | load before / after | ours ÷ Hugo pages/s | ours ÷ Hugo RSS |");
            L("|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var h in hugo)
            {
                var ours = At(h.Poses);
                L(F($"| {h.Poses} | {h.MedianWall:F2} | {h.PagesPerSecond:F0} | {h.PeakRss:F0} | {h.LoadBefore:F2} / {h.LoadAfter:F2} | {(ours is null ? "–" : (ours.PagesPerSecond / h.PagesPerSecond).ToString("F2", CultureInfo.InvariantCulture) + "×")} | {(ours is null ? "–" : (ours.PeakRss / h.PeakRss).ToString("F2", CultureInfo.InvariantCulture) + "×")} |"));
            }
            L();
        }
    }

    /// <summary>The publishes side by side: every figure of each, and the ratio to the first (Native AOT ÷ ReadyToRun).</summary>
    private static void WriteComparison(List<Flavour> flavours, Action<string> L)
    {
        var (a, b) = (flavours[0], flavours[1]);
        string Row(string figure, Func<Flavour, double> value, string format, bool ratio = true)
        {
            var (x, y) = (value(a), value(b));
            var r = ratio && !double.IsNaN(x) && !double.IsNaN(y) && y != 0 ? (x / y).ToString("F2", CultureInfo.InvariantCulture) + "×" : "–";
            return $"| {figure} | {string.Join(" | ", flavours.Select(f => double.IsNaN(value(f)) ? "–" : value(f).ToString(format, CultureInfo.InvariantCulture)))} | {r} |";
        }
        L(F($"{a.Name} beside {b.Name} (same sitting, each timed step run by both in turn; medians):"));
        L("");
        L($"| figure | {string.Join(" | ", flavours.Select(f => f.Name))} | {a.Name} ÷ {b.Name} |");
        L("|---|" + string.Concat(Enumerable.Repeat("---:|", flavours.Count + 1)));
        L(Row("`--help` startup (ms)", f => Measure.Median(f.Help.Select(h => h.WallSeconds)) * 1000, "F0"));
        for (var i = 0; i < a.Results.Count; i++)
        {
            var n = a.Results[i].Poses;
            L(Row(F($"N={n:N0}: wall (s)"), f => f.Results[i].MedianWall, "F3"));
            L(Row(F($"N={n:N0}: pose pages/s"), f => f.Results[i].PagesPerSecond, "F0"));
            L(Row(F($"N={n:N0}: CPU (s)"), f => f.Results[i].MedianCpu, "F2"));
            L(Row(F($"N={n:N0}: peak RSS (MB)"), f => f.Results[i].PeakRss, "F0"));
        }
        L(Row("real guide, no search: wall (s)", f => f.Guide.MedianWall, "F3"));
        L(Row("real guide, no search: peak RSS (MB)", f => f.Guide.PeakRss, "F0"));
        L(Row("real guide with search, one build (s)", f => f.Searched?.M.WallSeconds ?? double.NaN, "F3"));
        L(Row("serve: save one pose → pages written (ms)", f => f.Serve.MedianMs, "F0"));
        L(Row("serve: save a theme partial → all pages written (ms)", f => f.Serve.ThemeMedianMs, "F0"));
        L(Row("geometric mean of the walls (s)", f => f.Score, "F3"));
        L(Row("published folder, without symbols (MB)", f => f.SizeMb, "F1"));
        L(Row("publish time (s)", f => f.PublishTime?.TotalSeconds ?? double.NaN, "F0", ratio: false));
        L("");
        L("(The Native AOT binary is one self-contained file; the ReadyToRun publish is the app's assemblies and needs the .NET runtime installed.)");
        L("");
    }

    private static string FormatMs(double ms) => double.IsNaN(ms) ? "–" : ms.ToString(ms < 10 ? "F1" : "F0", CultureInfo.InvariantCulture);

    private static string Ms(double seconds) => (seconds * 1000).ToString("F0", CultureInfo.InvariantCulture);

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static void Progress(string line) => Console.WriteLine("· " + line);
}
