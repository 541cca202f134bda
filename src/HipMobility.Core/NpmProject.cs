using System.Diagnostics;

namespace HipMobility;

/// <summary>
/// The project's npm packages (package.json, and node_modules once <c>npm ci</c> has run): Pagefind for the search
/// index and the browser libraries the theme serves as assets (theme/vendor.txt).
/// </summary>
public static class NpmProject
{
    public const string ModulesFolder = "node_modules";

    private const string NodeHint = "install Node.js 20 or later";

    /// <summary>
    /// The nearest folder at or above <paramref name="directory"/> that holds a package.json, or null. Searching upward
    /// is how Node.js itself finds node_modules, so the input or theme folder can sit anywhere inside the repository.
    /// </summary>
    public static string? FindRoot(string directory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "package.json"))) return dir.FullName;
        return null;
    }

    /// <summary>
    /// Whether <c>npm ci</c> has something to do: package-lock.json lists packages and node_modules does not hold them.
    /// npm records each install in node_modules/.package-lock.json, so one older than package-lock.json (a pull that
    /// changed the packages) is out of date.
    /// </summary>
    public static bool NeedsInstall(string root)
    {
        var lockfile = Path.Combine(root, "package-lock.json");
        var installed = Path.Combine(root, ModulesFolder, ".package-lock.json");
        return File.Exists(lockfile) && (!File.Exists(installed) || File.GetLastWriteTimeUtc(installed) < File.GetLastWriteTimeUtc(lockfile));
    }

    /// <summary>Runs <c>npm ci</c> in <paramref name="root"/>: exactly the versions of package-lock.json, and for this machine's OS and CPU.</summary>
    public static void Install(string root) =>
        Run(NpmProgram, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], root,
            $"Node.js and npm install the site's search tool and browser libraries: {NodeHint}");

    /// <summary>Runs <paramref name="script"/> (a file in node_modules) with Node.js.</summary>
    public static void RunScript(string script, IEnumerable<string> arguments, string workingDirectory, string purpose) =>
        Run("node", [script, .. arguments], workingDirectory, $"Node.js is needed to {purpose}: {NodeHint}");

    /// <summary>
    /// npm is a batch file on Windows, and starting a process without the shell finds only <c>.exe</c> files for a
    /// bare name there.
    /// </summary>
    private static string NpmProgram => OperatingSystem.IsWindows() ? "npm.cmd" : "npm";

    private static void Run(string program, string[] arguments, string workingDirectory, string missingHint)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new NpmException($"could not start {program}. {missingHint}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new NpmException($"could not run '{program}'. {missingHint}");
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var lines = (stderr.Result + "\n" + stdout.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var detail = string.Join(" / ", lines.Take(4));
                throw new NpmException($"'{Path.GetFileName(program)} {string.Join(' ', arguments)}' failed (exit {process.ExitCode}): {detail}. {missingHint}");
            }
        }
    }
}

/// <summary>npm or Node.js is missing, or a command run with them failed; the message says which and what to do.</summary>
public sealed class NpmException(string message) : Exception(message);
