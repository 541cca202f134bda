using System.Globalization;
using HipMobility.Benchmarks.Corpus;
using HipMobility.Benchmarks.Runner;

namespace HipMobility.Benchmarks;

/// <summary>
/// hipmobility-bench: the build benchmark of GitHub issue 9. Not a test project: it never asserts on time, it prints figures.
/// <code>
/// gen --poses N [--seed 42] --out DIR
/// run [--sizes 100,1000,10000] [--runs 3] [--binary PATH] [--seed 42] [--work DIR] [--repo DIR]
///     [--guide-runs 10] [--hugo /work/shared/bench/hugo-peer] [--no-serve] [--report FILE] [--max-load L] [--max-wait 600] [--env NAME=VALUE,…] [--settle SECONDS]
/// </code>
/// </summary>
internal static class Program
{
    private const string Usage = """
        hipmobility-bench: benchmarks the hipmobility build (GitHub issue 9).

          stages --input DIR [--theme theme] [--rounds 10]
              What one pose costs, warm and in this process, in each piece of the pipeline (read and split, YAML,
              Markdown, parse stage, validation, body HTML, pose page): µs per pose (fastest round) and KB allocated.

          gen --poses N [--seed 42] --out DIR [--figures]
              Writes a deterministic synthetic guide of N poses (plus 20 muscles, N/10 routines, sources.yml, index.md)
              into DIR. Same N and seed give byte-identical files.

          run [--sizes 100,1000,10000] [--runs 3] [--binary PATH] [--seed 42] [--work /tmp/hipmobility-bench]
              [--repo DIR] [--guide-runs 10] [--hugo PATH/TO/hugo-peer] [--no-serve] [--report FILE]
              [--max-load L] [--max-wait 600] [--env NAME=VALUE,NAME=VALUE] [--settle SECONDS]
              Publishes src/HipMobility.Cli in Release twice, Native AOT and ReadyToRun (unless --binary is given: then
              only that binary is timed), generates one corpus per size, times --runs cold builds of each (fresh process,
              empty output folder, --no-search), then the real guide with and without search, the startup cost of
              'hipmobility --help', and serve's edit latency when serve can watch. The two binaries take turns at every
              step; the report's figures are the faster one's, and a last table compares the two.
              --hugo runs the Hugo peer script at each size ≥ 1000 straight after our own runs at that size (same
              machine state) and prints the ratios. The peer builds under WORK/hugo-tmp, so both tools write to the
              same file system: --work /dev/shm/hipmobility-bench compares them on tmpfs, without the disk.
              --env sets environment variables for every timed hipmobility process (e.g. DOTNET_TieredPGO=0).
              --settle waits that long after deleting the previous output before each build (ext4 allocates inodes
              more slowly for ~35 s after a mass delete; the default 0 matches the Hugo peer script).
              --max-load waits (at most --max-wait seconds) before each timed build until the 1-minute load average
              is below L; the report always shows the load before each run.
              The Markdown report is printed and written to --report (default WORK/report.md).
        """;

    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 1 : 0;
        }
        try
        {
            var options = ParseOptions(args.Skip(1).ToArray());
            return args[0] switch
            {
                "gen" => Gen(options),
                "run" => new BenchmarkRun(RunSettings.From(options)).Execute(),
                "stages" => Stages(options),
                _ => Fail($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            return Fail(e.Message);
        }
        catch (BenchmarkException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static int Stages(Dictionary<string, string?> options)
    {
        var input = Options.Text(options, "input") ?? throw new UsageException("stages needs --input DIR (a guide, e.g. one made by gen)");
        var theme = Options.Text(options, "theme") ?? Path.Combine(RunSettings.FindRepo(), "theme");
        var rounds = Options.Int(options, "rounds") ?? 10;
        Options.RejectUnknown(options, "input", "theme", "rounds");
        return HipMobility.Benchmarks.Stages.StageCosts.Run(input, theme, rounds);
    }

    private static int Gen(Dictionary<string, string?> options)
    {
        var n = Options.Int(options, "poses") ?? throw new UsageException("gen needs --poses N");
        var seed = Options.Int(options, "seed") ?? 42;
        var outDir = Options.Text(options, "out") ?? throw new UsageException("gen needs --out DIR");
        var figures = options.ContainsKey("figures");
        Options.RejectUnknown(options, "poses", "seed", "out", "figures");
        var summary = CorpusGenerator.Write(n, seed, outDir, figures);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {summary.Poses} poses, {summary.Muscles} muscles, {summary.Routines} routines, sources.yml and index.md ({summary.Bytes / 1024.0 / 1024.0:F1} MB) to {Path.GetFullPath(outDir)}"));
        return 0;
    }

    private static Dictionary<string, string?> ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new UsageException($"unexpected argument '{args[i]}'");
            var name = args[i][2..];
            string? value = null;
            var eq = name.IndexOf('=');
            if (eq >= 0) (name, value) = (name[..eq], name[(eq + 1)..]);
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) value = args[++i];
            options[name] = value;
        }
        return options;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        Console.Error.WriteLine("Run 'hipmobility-bench --help' for usage.");
        return 2;
    }
}

internal sealed class UsageException(string message) : Exception(message);

internal sealed class BenchmarkException(string message) : Exception(message);

internal static class Options
{
    public static string? Text(Dictionary<string, string?> options, string name) =>
        options.TryGetValue(name, out var v) ? v ?? throw new UsageException($"--{name} needs a value") : null;

    public static int? Int(Dictionary<string, string?> options, string name) =>
        Text(options, name) is { } v
            ? int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new UsageException($"--{name} must be a whole number, not '{v}'")
            : null;

    public static bool Flag(Dictionary<string, string?> options, string name) => options.ContainsKey(name);

    public static void RejectUnknown(Dictionary<string, string?> options, params string[] known)
    {
        foreach (var name in options.Keys)
            if (!known.Contains(name)) throw new UsageException($"unknown option --{name}");
    }
}
