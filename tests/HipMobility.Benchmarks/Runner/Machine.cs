using System.Globalization;
using System.Runtime.InteropServices;

namespace HipMobility.Benchmarks.Runner;

/// <summary>The machine the figures come from: CPU count (nproc), memory, CPU model, OS and .NET runtime.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var nproc = Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture);
        try { nproc = Measure.Call("nproc", []).Trim(); } catch (Exception e) when (e is BenchmarkException or System.ComponentModel.Win32Exception) { }
        var memory = Field("/proc/meminfo", "MemTotal") is { } kb && long.TryParse(kb.Split(' ')[0], CultureInfo.InvariantCulture, out var k)
            ? (k / 1048576.0).ToString("F1", CultureInfo.InvariantCulture) + " GB RAM"
            : "unknown RAM";
        var cpu = Field("/proc/cpuinfo", "model name") ?? "unknown CPU";
        var os = Field("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription;
        var kernel = File.Exists("/proc/sys/kernel/osrelease") ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : "";
        return $"nproc {nproc}, {memory}, CPU \"{cpu}\", {os} (kernel {kernel}), {RuntimeInformation.FrameworkDescription}";
    }

    private static string? Field(string file, string name, char separator = ':')
    {
        if (!File.Exists(file)) return null;
        foreach (var line in File.ReadLines(file))
        {
            var at = line.IndexOf(separator);
            if (at > 0 && line[..at].Trim() == name) return line[(at + 1)..].Trim();
        }
        return null;
    }
}
