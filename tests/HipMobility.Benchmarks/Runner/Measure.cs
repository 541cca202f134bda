using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace HipMobility.Benchmarks.Runner;

/// <summary>
/// One finished process: exit code, output, wall time (fork to exit), peak resident set size, CPU time (user + system,
/// NaN without GNU time) and the 1-minute load average just before it started (other work on the machine inflates wall time).
/// </summary>
internal sealed record Measurement(int ExitCode, string Stdout, string Stderr, double WallSeconds, double PeakRssMb, double CpuSeconds, double LoadBefore);

/// <summary>
/// Runs a program in a fresh process and measures it. Peak RSS comes from GNU time (<c>/usr/bin/time -v</c>,
/// "Maximum resident set size", as the Hugo peer script measures it); without GNU time, from polling
/// <c>/proc/&lt;pid&gt;/status</c> VmHWM every 2 ms (which can miss a peak in the last 2 ms before exit).
/// Wall time is a <see cref="Stopwatch"/> around start-to-exit (includes GNU time's own fork/exec, well under 1 ms).
/// </summary>
internal static partial class Measure
{
    public const string GnuTime = "/usr/bin/time";

    public static bool HasGnuTime => File.Exists(GnuTime);

    /// <summary>Extra environment for every timed process (run --env), e.g. DOTNET_TieredPGO=0, to compare runtime settings.</summary>
    public static IReadOnlyDictionary<string, string> Environment { get; set; } = new Dictionary<string, string>();

    public static Measurement Run(string program, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var useTime = HasGnuTime;
        var timeFile = useTime ? Path.GetTempFileName() : null;
        var start = new ProcessStartInfo(useTime ? GnuTime : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        if (useTime)
        {
            start.ArgumentList.Add("-v");
            start.ArgumentList.Add("-o");
            start.ArgumentList.Add(timeFile!);
            start.ArgumentList.Add(program);
        }
        foreach (var a in arguments) start.ArgumentList.Add(a);
        foreach (var (key, value) in Environment) start.Environment[key] = value;

        try
        {
            var load = LoadAverage();
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new BenchmarkException($"could not start {program}");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            long hwmKb = 0;
            if (!useTime)
            {
                while (!process.WaitForExit(2)) hwmKb = Math.Max(hwmKb, ReadVmHwmKb(process.Id));
            }
            process.WaitForExit();
            var wall = clock.Elapsed.TotalSeconds;
            double rssMb, cpu = double.NaN;
            if (useTime)
            {
                var report = File.ReadAllText(timeFile!);
                var m = MaxRss().Match(report);
                rssMb = m.Success ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) / 1024.0 : double.NaN;
                var user = UserTime().Match(report);
                var system = SystemTime().Match(report);
                if (user.Success && system.Success)
                    cpu = double.Parse(user.Groups[1].Value, CultureInfo.InvariantCulture) + double.Parse(system.Groups[1].Value, CultureInfo.InvariantCulture);
            }
            else rssMb = hwmKb > 0 ? hwmKb / 1024.0 : double.NaN;
            return new Measurement(process.ExitCode, stdout.Result, stderr.Result, wall, rssMb, cpu, load);
        }
        finally
        {
            if (timeFile is not null) File.Delete(timeFile);
        }
    }

    private static long ReadVmHwmKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return 0;
    }

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex MaxRss();

    [GeneratedRegex(@"User time \(seconds\): ([\d.]+)")]
    private static partial Regex UserTime();

    [GeneratedRegex(@"System time \(seconds\): ([\d.]+)")]
    private static partial Regex SystemTime();

    /// <summary>The 1-minute load average (/proc/loadavg), NaN where there is none.</summary>
    public static double LoadAverage()
    {
        try
        {
            return double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return double.NaN;
        }
    }

    /// <summary>Runs a helper command (not timed) and returns its output; throws with the output when it fails.</summary>
    public static string Call(string program, IEnumerable<string> arguments, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new BenchmarkException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new BenchmarkException($"'{program} {string.Join(' ', start.ArgumentList)}' failed (exit {process.ExitCode}):\n{stdout.Result}{stderr.Result}");
        return stdout.Result;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
