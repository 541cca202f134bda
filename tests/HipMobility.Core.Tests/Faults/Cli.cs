using System.Diagnostics;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Faults;

/// <summary>The real <c>hipmobility</c> command line, run with <c>dotnet</c> from its build output.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    /// <summary>The newest <c>hipmobility.dll</c> under <c>src/HipMobility.Cli/bin/*/net10.0/</c>.</summary>
    public static string Dll { get; } = FindDll();

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return start;
    }

    public static Result Run(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"hipmobility {string.Join(' ', args)} did not finish within 60 s");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindDll()
    {
        var bin = Repo.Path("src", "HipMobility.Cli", "bin");
        var dll = Directory.Exists(bin)
            ? Directory.EnumerateFiles(bin, "hipmobility.dll", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "net10.0")
                .OrderByDescending(File.GetLastWriteTimeUtc)
                .FirstOrDefault()
            : null;
        return dll ?? throw new InvalidOperationException(
            $"no hipmobility.dll under {bin}: build the command line first (dotnet build HipMobility.sln)");
    }
}
