using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace HipMobility.Tests.Support;

/// <summary>
/// Serves a built site with Kestrel on 127.0.0.1 at a random port, like Netlify does: the headers from netlify.toml,
/// index.html for folders, and 404.html with status 404 for anything missing.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public string BaseUrl { get; }

    private SiteServer(WebApplication app, string baseUrl) => (_app, BaseUrl) = (app, baseUrl);

    public static async Task<SiteServer> StartAsync(string siteDirectory, NetlifyConfig netlify)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        // Netlify compresses text responses; so does this server, so transfer sizes are what readers get.
        builder.Services.AddResponseCompression(o =>
        {
            o.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "application/json", "image/svg+xml", "application/xml"];
        });
        var app = builder.Build();
        app.UseResponseCompression();
        var files = new PhysicalFileProvider(siteDirectory);
        app.Use(async (context, next) =>
        {
            var headers = netlify.HeadersFor(context.Request.Path.Value ?? "/");
            context.Response.OnStarting(() =>
            {
                foreach (var (k, v) in headers) context.Response.Headers[k] = v;
                return Task.CompletedTask;
            });
            await next();
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = ContentTypes(),
        });
        app.Run(async context =>
        {
            context.Response.StatusCode = 404;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SiteServer(app, address.TrimEnd('/') + "/");
    }

    private static Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider();
        types.Mappings[".pagefind"] = "application/octet-stream";
        types.Mappings[".pf_meta"] = "application/octet-stream";
        types.Mappings[".pf_index"] = "application/octet-stream";
        types.Mappings[".pf_fragment"] = "application/octet-stream";
        types.Mappings[".pf_filter"] = "application/octet-stream";
        types.Mappings[".mjs"] = "text/javascript";
        return types;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
