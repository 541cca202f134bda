using System.Net;
using System.Reflection;
using System.Text;
using HipMobility.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HipMobility.Cli.Serving;

/// <summary>
/// Serves the output folder on loopback, watches input and theme, rebuilds what an edit touches and reloads open tabs.
/// HTML pages get the live-reload script and, while the content has errors, an error overlay; built files never do.
/// </summary>
internal sealed class LiveServer
{
    private const string Prefix = "/__hipmobility/";
    private readonly SiteBuild _build;
    private readonly string _output;
    private readonly bool _timings;
    private readonly ReloadHub _hub = new();
    private readonly SemaphoreSlim _building = new(1, 1);

    public LiveServer(SiteBuild build, string output, bool timings) => (_build, _output, _timings) = (build, output, timings);

    public int Run(string url)
    {
        var first = _build.Run();
        Report(first, "built");
        if (!first.Succeeded) _ = _hub.ShowErrors(first.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Select(d => d.ToString()));
        if (!first.Succeeded && !Directory.Exists(_output)) Console.Error.WriteLine("Nothing to serve yet; fix the errors and save: the site will be built.");
        Directory.CreateDirectory(_output);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var files = new PhysicalFileProvider(_output);
        var liveJs = Resource("live.js");
        var liveCss = Resource("live.css");

        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (path == Prefix + "events") { await _hub.Listen(context, stopping); return; }
            if (path == Prefix + "live.js") { await Send(context, "text/javascript", liveJs); return; }
            if (path == Prefix + "live.css") { await Send(context, "text/css", liveCss); return; }
            var page = HtmlFile(files, path);
            if (page is null) { await next(); return; }
            await Send(context, "text/html; charset=utf-8", Inject(await File.ReadAllTextAsync(page.PhysicalPath!)));
        });
        // Pagefind's index is in files of its own kinds, which the static file server refuses as unknown types.
        var types = new FileExtensionContentTypeProvider();
        foreach (var extension in new[] { ".pagefind", ".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter" })
            types.Mappings[extension] = "application/octet-stream";
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types });
        app.Run(async context =>
        {
            context.Response.StatusCode = 404;
            var notFound = files.GetFileInfo("404.html");
            if (notFound.Exists) await Send(context, "text/html; charset=utf-8", Inject(await File.ReadAllTextAsync(notFound.PhysicalPath!)), 404);
        });

        using var watcher = new ContentWatcher([_build.InputDirectory, _build.ThemeDirectory], TimeSpan.FromMilliseconds(20), Rebuild);
        // Said once the server listens, so whoever reads the line (a contributor's browser, a test) can connect at once.
        app.Start();
        Console.WriteLine($"Serving {_output} at {url} — watching {_build.InputDirectory} and {_build.ThemeDirectory} (Ctrl+C to stop).");
        app.WaitForShutdown();
        return 0;
    }

    private void Rebuild(IReadOnlyCollection<string> changed)
    {
        _building.Wait();
        try
        {
            var result = _build.Update(changed);
            if (result.Pages == 0 && result.FilesWritten == 0 && result.Diagnostics.Count == 0) return;
            Report(result, "rebuilt");
            var task = result.Succeeded
                ? _hub.Reload()
                : _hub.ShowErrors(result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Select(d => d.ToString()));
            task.GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"error: rebuild failed: {e.Message}");
            _hub.ShowErrors([$"rebuild failed: {e.Message}"]).GetAwaiter().GetResult();
        }
        finally
        {
            _building.Release();
        }
    }

    private void Report(BuildReport result, string verb)
    {
        foreach (var d in result.Diagnostics) (d.Severity == Diagnostics.Severity.Error ? Console.Error : Console.Out).WriteLine(d);
        if (result.Succeeded)
            Console.WriteLine($"{verb} {result.Pages} page(s), wrote {result.FilesWritten} file(s) in {result.Elapsed.TotalMilliseconds:F0} ms");
        else
            Console.Error.WriteLine($"{result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error)} error(s): still serving the last good site.");
        if (_timings) Commands.BuildReporter.PrintTimings(result, withProcess: false);
    }

    /// <summary>The HTML file a request maps to (a folder's index.html), or null; never a file outside the output.</summary>
    private static IFileInfo? HtmlFile(PhysicalFileProvider files, string path)
    {
        var candidate = path.EndsWith('/') ? path + "index.html" : path;
        if (!candidate.EndsWith(".html", StringComparison.Ordinal)) return null;
        var info = files.GetFileInfo(candidate);
        return info.Exists && info.PhysicalPath is not null ? info : null;
    }

    private string Inject(string html)
    {
        var extra = new StringBuilder($"<link rel=\"stylesheet\" href=\"{Prefix}live.css\"><script src=\"{Prefix}live.js\" defer></script>");
        var errors = _hub.Errors;
        if (errors.Count > 0)
        {
            extra.Append("<div id=\"hipmobility-overlay\" role=\"alert\"><h2>Build failed: ").Append(errors.Count)
                .Append(" error(s). Showing the last good page.</h2><ul>");
            foreach (var e in errors) extra.Append("<li>").Append(WebUtility.HtmlEncode(e)).Append("</li>");
            extra.Append("</ul></div>");
        }
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + extra : html.Insert(end, extra.ToString());
    }

    private static async Task Send(HttpContext context, string type, string body, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(body);
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("HipMobility.Cli.Serving." + name)
            ?? throw new InvalidOperationException($"missing resource {name}");
        return new StreamReader(stream).ReadToEnd();
    }
}
