using System.Diagnostics;
using HipMobility.Pipeline;
using HipMobility.Tests.Support;
using Xunit.Abstractions;

namespace HipMobility.Tests.Faults;

/// <summary>
/// The real command line, building a copy of the guide, killed at random moments. After every kill the output folder
/// holds one complete site, byte for byte: the previous one, or the new one if the swap had happened. Never a mix,
/// never half a site. Set HIPMOBILITY_KILL_RUNS for more kills than the 15 of a normal run.
/// </summary>
public class KilledBuildTests(ITestOutputHelper output)
{
    [Fact]
    public void A_build_killed_at_any_moment_leaves_a_complete_site_the_previous_or_the_new()
    {
        var kills = int.TryParse(Environment.GetEnvironmentVariable("HIPMOBILITY_KILL_RUNS"), out var n) ? n : 15;
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("HIPMOBILITY_KILL_SEED"), out var seed) ? seed : 11);
        using var site = SiteCopy.Guide();
        // A copy of the theme too: every build of the test must see the same theme, whatever happens to theme/ meanwhile.
        var theme = Repo.CopyThemeInto(site.Root);
        // The theme's copy and the npm files it takes its libraries from, laid here before any build.
        var laidBeforeBuilding = site.StrayFiles();
        var pigeon = site.Read("poses/pigeon.md");
        // Two versions of the guide that build to different sites.
        var versions = new[] { pigeon, pigeon.Replace("\ntitle: Pigeon\n", "\ntitle: Pigeon (second version)\n") };
        Assert.NotEqual(versions[0], versions[1]);

        var snapshots = new Dictionary<string, byte[]>[2];
        var buildTime = TimeSpan.MaxValue;
        for (var v = 0; v < 2; v++)
        {
            site.Write("poses/pigeon.md", versions[v]);
            var clock = Stopwatch.StartNew();
            var run = Build(site, theme);
            buildTime = clock.Elapsed < buildTime ? clock.Elapsed : buildTime;
            Assert.True(run.ExitCode == 0, $"reference build {v} failed:\n{run.StandardError}");
            snapshots[v] = site.Snapshot();
        }
        Assert.NotEqual(Describe(snapshots[0]), Describe(snapshots[1]));

        var current = 1;
        var outcomes = new List<string>();
        for (var kill = 0; kill < kills; kill++)
        {
            var next = 1 - current;
            site.Write("poses/pigeon.md", versions[next]);
            // Half the kills anywhere in the run, half in its last stretch, where writing and swapping happen.
            var delay = random.Next(2) == 0
                ? buildTime * random.NextDouble()
                : buildTime * (0.5 + 0.6 * random.NextDouble());

            var (state, finishedIn) = KillAfter(site, theme, delay);
            // Aim the next kills at builds as fast as the fastest seen, so few of them finish first.
            if (finishedIn < buildTime) buildTime = finishedIn;

            if (!Directory.Exists(site.Output))
            {
                // Killed between the two renames of the swap: the previous site is parked beside the output, whole,
                // and the next build puts it back before anything else.
                var parked = Path.Combine(Path.GetDirectoryName(site.Output)!, ".site.old");
                Assert.True(Directory.Exists(parked), $"kill {kill} after {delay.TotalMilliseconds:F0} ms: no output folder and no parked previous site");
                AssertSnapshot(snapshots[current], site.Snapshot(parked), $"kill {kill}: the parked previous site");
                StagedSite.Begin(site.Output).Dispose();
                state += ", killed mid-swap and repaired";
            }
            var after = site.Snapshot();
            var matches = Enumerable.Range(0, 2).Where(v => Same(snapshots[v], after)).ToList();
            Assert.True(matches.Count == 1,
                $"kill {kill} after {delay.TotalMilliseconds:F0} ms ({state}) left a site that is neither the previous nor the new one: {Difference(snapshots[current], snapshots[next], after)}");
            outcomes.Add($"{delay.TotalMilliseconds:F0} ms: {state}, {(matches[0] == current ? "previous site" : "new site")}");
            current = matches[0];
        }
        output.WriteLine($"full build {buildTime.TotalMilliseconds:F0} ms; kills:\n" + string.Join("\n", outcomes));

        // A build after all those kills succeeds and cleans up after them.
        site.Write("poses/pigeon.md", versions[1 - current]);
        var final = Build(site, theme);
        Assert.True(final.ExitCode == 0, final.StandardError);
        AssertSnapshot(snapshots[1 - current], site.Snapshot(), "the build after the kills");
        Assert.Equal(laidBeforeBuilding, site.StrayFiles());
    }

    private static Cli.Result Build(SiteCopy site, string theme) =>
        Cli.Run(site.Root, "build", "--input", site.Input, "--theme", theme, "--output", site.Output, "--no-search");

    /// <summary>
    /// Starts a build and kills it after <paramref name="delay"/>, unless it finished first; says which, and how long a
    /// build that finished took (<see cref="TimeSpan.MaxValue"/> if killed).
    /// </summary>
    private static (string State, TimeSpan FinishedIn) KillAfter(SiteCopy site, string theme, TimeSpan delay)
    {
        var started = DateTime.UtcNow.AddMilliseconds(-50);
        using var process = Process.Start(Cli.StartInfo(site.Root, "build", "--input", site.Input, "--theme", theme, "--output", site.Output, "--no-search"))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            if (process.WaitForExit(delay))
            {
                Assert.True(process.ExitCode == 0, $"a build that was not killed failed:\n{stderr.Result}");
                return ("finished before the kill", clock.Elapsed);
            }
            process.Kill(entireProcessTree: true);
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the killed build did not exit");
            var staging = Path.Combine(Path.GetDirectoryName(site.Output)!, ".site.staging");
            return (Directory.Exists(staging) && Directory.GetLastWriteTimeUtc(staging) >= started ? "killed while writing" : "killed", TimeSpan.MaxValue);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    private static bool Same(Dictionary<string, byte[]> a, Dictionary<string, byte[]> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var other) && kv.Value.AsSpan().SequenceEqual(other));

    private static void AssertSnapshot(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual, string what) =>
        Assert.True(Same(expected, actual), $"{what} differs: {Difference(expected, expected, actual)}");

    private static string Describe(Dictionary<string, byte[]> files) =>
        string.Join(",", files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}:{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Value))[..8]}"));

    private static string Difference(Dictionary<string, byte[]> previous, Dictionary<string, byte[]> next, Dictionary<string, byte[]> actual)
    {
        var missing = previous.Keys.Union(next.Keys).Where(k => !actual.ContainsKey(k)).Take(5);
        var extra = actual.Keys.Where(k => !previous.ContainsKey(k) && !next.ContainsKey(k)).Take(5);
        var changed = actual.Where(kv => previous.TryGetValue(kv.Key, out var p) && !p.AsSpan().SequenceEqual(kv.Value)
            && next.TryGetValue(kv.Key, out var n) && !n.AsSpan().SequenceEqual(kv.Value)).Select(kv => kv.Key).Take(5);
        return $"missing [{string.Join(", ", missing)}], unexpected [{string.Join(", ", extra)}], matching neither [{string.Join(", ", changed)}]";
    }
}
