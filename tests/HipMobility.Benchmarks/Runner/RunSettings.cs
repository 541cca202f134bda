using System.Globalization;

namespace HipMobility.Benchmarks.Runner;

internal sealed record RunSettings(
    IReadOnlyList<int> Sizes,
    int Runs,
    int GuideRuns,
    int Seed,
    string? Binary,
    string Work,
    string Repo,
    string? HugoPeer,
    bool Serve,
    string Report,
    double? MaxLoad,
    int MaxWaitSeconds,
    IReadOnlyDictionary<string, string> Environment,
    int SettleSeconds)
{
    public static RunSettings From(Dictionary<string, string?> options)
    {
        Options.RejectUnknown(options, "sizes", "runs", "guide-runs", "seed", "binary", "work", "repo", "hugo", "no-serve", "report", "max-load", "max-wait", "env", "settle");
        var sizes = (Options.Text(options, "sizes") ?? "100,1000,10000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new UsageException($"--sizes: '{s}' is not a positive whole number"))
            .Distinct().Order().ToList();
        var runs = Options.Int(options, "runs") ?? 3;
        if (runs < 3) throw new UsageException("--runs must be at least 3 (the figures are medians)");
        var work = Path.GetFullPath(Options.Text(options, "work") ?? Path.Combine(Path.GetTempPath(), "hipmobility-bench"));
        var repo = Options.Text(options, "repo") is { } r ? Path.GetFullPath(r) : FindRepo();
        if (!File.Exists(Path.Combine(repo, "HipMobility.sln"))) throw new UsageException($"--repo: no HipMobility.sln in {repo}");
        if (work.StartsWith(repo + Path.DirectorySeparatorChar, StringComparison.Ordinal) || work == repo)
            throw new UsageException("--work must be outside the repository (corpora and outputs belong in /tmp)");
        return new RunSettings(sizes, runs, Options.Int(options, "guide-runs") ?? 10, Options.Int(options, "seed") ?? 42,
            Options.Text(options, "binary") is { } b ? Path.GetFullPath(b) : null, work, repo,
            Options.Text(options, "hugo") is { } h ? Path.GetFullPath(h) : null,
            !Options.Flag(options, "no-serve"),
            Path.GetFullPath(Options.Text(options, "report") ?? Path.Combine(work, "report.md")),
            Options.Text(options, "max-load") is { } l
                ? double.TryParse(l, NumberStyles.Float, CultureInfo.InvariantCulture, out var load) && load > 0 ? load : throw new UsageException($"--max-load must be a positive number, not '{l}'")
                : null,
            Options.Int(options, "max-wait") ?? 600,
            (Options.Text(options, "env") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(kv => kv.Split('=', 2) is [var k, var v] && k.Length > 0 ? (k, v) : throw new UsageException($"--env: '{kv}' is not NAME=VALUE"))
                .ToDictionary(kv => kv.k, kv => kv.v, StringComparer.Ordinal),
            Options.Int(options, "settle") ?? 0);
    }

    /// <summary>The repository: the nearest folder holding HipMobility.sln above the current folder, else above this program.</summary>
    internal static string FindRepo()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "HipMobility.sln"))) return dir.FullName;
        throw new UsageException("cannot find HipMobility.sln above the current folder; pass --repo DIR");
    }
}
