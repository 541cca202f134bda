namespace HipMobility.Tests.Support;

/// <summary>
/// Finds a Chromium to drive, since Playwright cannot download its own here. Order: the HIPMOBILITY_CHROMIUM
/// environment variable, Playwright's own installed browsers, then Debian's /usr/bin/chromium.
/// </summary>
public static class BrowserLocator
{
    public const string EnvironmentVariable = "HIPMOBILITY_CHROMIUM";

    /// <summary>Flags for a sandboxed CI machine with no network beyond loopback.</summary>
    public static readonly string[] LaunchArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static string Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
            return File.Exists(fromEnvironment) ? fromEnvironment
                : throw new FileNotFoundException($"{EnvironmentVariable} points at '{fromEnvironment}', which does not exist");

        var playwrightCache = Environment.GetEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "ms-playwright");
        if (Directory.Exists(playwrightCache))
        {
            var installed = Directory.EnumerateDirectories(playwrightCache, "chromium-*").Order(StringComparer.Ordinal).Reverse()
                .SelectMany(dir => new[] { Path.Combine(dir, "chrome-linux", "chrome"), Path.Combine(dir, "chrome-linux64", "chrome") })
                .FirstOrDefault(File.Exists);
            if (installed is not null) return installed;
        }

        const string debian = "/usr/bin/chromium";
        return File.Exists(debian) ? debian
            : throw new FileNotFoundException($"No Chromium found: set {EnvironmentVariable}, install Playwright's browsers, or 'apt-get install chromium'");
    }
}
