using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace HipMobility.Benchmarks.Runner;

/// <summary>
/// ─── SERVE EDIT LATENCY ───────────────────────────────────────────────────────────────────────────────────────────
/// The figure wanted: time from saving one pose file to its rebuilt pages being written, median of 10 edits.
/// This starts `hipmobility serve` on a copy of the guide (in WORK, never the repository), appends a line to one pose
/// and waits for serve to print a line containing "rebuilt" (serve prints it after writing the pages). A serve without
/// a watch mode prints no such line: then the figure is reported as "not measured (serve has no watch mode yet)".
/// ──────────────────────────────────────────────────────────────────────────────────────────────────────────────────
/// </summary>
internal static partial class ServeLatency
{
    private const int Edits = 10;
    private const int ThemeEdits = 5;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RebuildTimeout = TimeSpan.FromSeconds(10);
    private const string NotMeasured = "serve edit latency: not measured (serve has no watch mode yet)";

    public static ServeResult Run(string binary, string guide, string theme, string work, Action<string> progress)
    {
        var input = Path.Combine(work, "serve-input");
        var output = Path.Combine(work, "out-serve");
        // The theme is edited too, so serve gets a copy, with the npm files its vendor list names (beside a package.json).
        var project = Path.Combine(work, "serve-theme");
        foreach (var dir in new[] { input, output, project })
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        CopyTree(guide, input);
        var repo = Path.GetDirectoryName(Path.GetFullPath(theme))!;
        CopyTree(theme, Path.Combine(project, "theme"));
        File.Copy(Path.Combine(repo, "package.json"), Path.Combine(project, "package.json"));
        Directory.CreateSymbolicLink(Path.Combine(project, "node_modules"), Path.Combine(repo, "node_modules"));
        theme = Path.Combine(project, "theme");
        var footer = Directory.GetFiles(Path.Combine(theme, "partials"), "footer.*").Single();
        var pose = Directory.GetFiles(Path.Combine(input, "poses"), "*.md").Order(StringComparer.Ordinal).First();

        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "serve", "--input", input, "--theme", theme, "--output", Path.Combine(output, "site"), "--no-search",
                     "--host", "127.0.0.1", "--port", FreePort().ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(a);
        foreach (var (key, value) in Measure.Environment) start.Environment[key] = value;

        var lines = new BlockingCollection<(string Line, long At)>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is { } d) lines.Add((d, Stopwatch.GetTimestamp())); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } d) lines.Add((d, Stopwatch.GetTimestamp())); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            if (WaitFor(lines, "Serving", StartTimeout) is null)
                return new($"serve edit latency: not measured (serve did not print 'Serving …' within {StartTimeout.TotalSeconds:F0} s)");
            var latencies = new List<double>();
            var reported = new List<double>();
            for (var i = 0; i < Edits; i++)
            {
                while (lines.TryTake(out _)) { }
                var saved = Stopwatch.GetTimestamp();
                File.AppendAllText(pose, $"\nEdited for the serve benchmark ({i + 1}).\n");
                if (WaitFor(lines, "rebuilt", RebuildTimeout) is not { } rebuilt)
                    return new(i == 0 ? NotMeasured : $"serve edit latency: not measured (no 'rebuilt' line after edit {i + 1})");
                latencies.Add(Stopwatch.GetElapsedTime(saved, rebuilt.At).TotalMilliseconds);
                // serve's own figure, when its line ends "in N ms" (the rebuild without the watcher's debounce).
                if (InMs().Match(rebuilt.Line) is { Success: true } m) reported.Add(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
                progress($"serve edit {i + 1}: {latencies[^1]:F0} ms ({rebuilt.Line.Trim()})");
                Thread.Sleep(300); // let a debouncing watcher settle before the next save
            }
            var own = reported.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $"; serve's own rebuild time, median {Measure.Median(reported):F0} ms") : "";
            var median = Measure.Median(latencies);

            // A theme edit: every page shows the footer, so every page is rendered again and written.
            var themeLatencies = new List<double>();
            for (var i = 0; i < ThemeEdits; i++)
            {
                while (lines.TryTake(out _)) { }
                var saved = Stopwatch.GetTimestamp();
                File.AppendAllText(footer, $"<!-- edited for the serve benchmark ({i + 1}) -->\n");
                if (WaitFor(lines, "rebuilt", RebuildTimeout) is not { } rebuilt) break;
                themeLatencies.Add(Stopwatch.GetElapsedTime(saved, rebuilt.At).TotalMilliseconds);
                progress($"serve theme edit {i + 1}: {themeLatencies[^1]:F0} ms ({rebuilt.Line.Trim()})");
                Thread.Sleep(300);
            }
            var themeMedian = themeLatencies.Count > 0 ? Measure.Median(themeLatencies) : double.NaN;
            var themeText = themeLatencies.Count > 0
                ? string.Create(CultureInfo.InvariantCulture, $"; theme edit (a line added to the footer partial, {themeLatencies.Count} edits): median {themeMedian:F0} ms, min {themeLatencies.Min():F0}, max {themeLatencies.Max():F0}")
                : "; theme edit: not measured (no 'rebuilt' line)";
            return new(string.Create(CultureInfo.InvariantCulture,
                $"serve edit latency: median {median:F0} ms from saving one pose to serve's 'rebuilt' line, pages written (10 edits of {Path.GetFileName(pose)} in a copy of the guide; min {latencies.Min():F0}, max {latencies.Max():F0}{own}){themeText}"), median, themeMedian);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    [GeneratedRegex(@"in (\d+(?:\.\d+)?) ms")]
    private static partial Regex InMs();

    /// <summary>The first line containing <paramref name="text"/> and when it arrived, or null after the timeout.</summary>
    private static (string Line, long At)? WaitFor(BlockingCollection<(string Line, long At)> lines, string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        for (var left = timeout; left > TimeSpan.Zero; left = timeout - clock.Elapsed)
        {
            if (lines.TryTake(out var item, left) && item.Line.Contains(text, StringComparison.OrdinalIgnoreCase))
                return item;
        }
        return null;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}

/// <summary>What the serve measurement says (a sentence for the report) and its medians in ms, a pose edit and a theme edit (NaN when not measured).</summary>
internal sealed record ServeResult(string Text, double MedianMs = double.NaN, double ThemeMedianMs = double.NaN);
