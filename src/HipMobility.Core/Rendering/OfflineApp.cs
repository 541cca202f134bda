using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HipMobility.Content;
using HipMobility.Theme;

namespace HipMobility.Rendering;

/// <summary>
/// What makes the site an installable web app that works offline: the web app manifest and the service worker, both
/// at the site root (the worker's scope is the folder it is served from). The worker's logic is the theme's
/// <c>offline.js</c> (a hashed asset); the build writes only a small <c>sw.js</c> that names this build and its
/// shell, then imports it. A build whose assets differ has a different id, so browsers install the new worker and
/// drop the old caches. Written only when the theme has <c>offline.js</c>. No clock, no randomness: same assets, same bytes.
/// </summary>
public static class OfflineApp
{
    /// <summary>The theme asset holding the service worker's logic.</summary>
    public const string WorkerAsset = "offline.js";

    /// <summary>Assets every page uses, kept when the worker installs; anything else is kept once a page asks for it.</summary>
    public static readonly IReadOnlyList<string> ShellAssets = ["site.css", "site.js", "icon.svg", "player.css", "player.js"];

    public static IEnumerable<OutputFile> Files(SiteUrls urls, HashedAssets assets, ThemeWording wording)
    {
        if (!assets.Has(WorkerAsset)) yield break;
        yield return new OutputFile(SiteUrls.ServiceWorker, Worker(urls, assets));
        yield return new OutputFile(SiteUrls.WebManifest, Manifest(urls, assets, wording));
    }

    /// <summary>The build's id: a hash of every hashed asset's path, so it changes exactly when an asset does.</summary>
    public static string BuildId(HashedAssets assets) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", assets.Files.Select(f => f.Path).Order(StringComparer.Ordinal)))))[..12];

    private static byte[] Worker(SiteUrls urls, HashedAssets assets)
    {
        var config = Json(json =>
        {
            json.WriteString("version", BuildId(assets));
            json.WriteString("scope", urls.BasePath);
            json.WriteString("assets", urls.Site(SiteUrls.AssetsFolder));
            json.WriteStartArray("shell");
            foreach (var name in ShellAssets.Where(assets.Has)) json.WriteStringValue(urls.Site(assets.PathOf(name)));
            json.WriteEndArray();
        });
        var script = new StringBuilder()
            .Append("// The service worker of this build, written by the generator; its logic is the theme's offline.js.\n")
            .Append("self.HIPMOBILITY_OFFLINE = ").Append(config).Append(";\n")
            .Append("importScripts(").Append(JsonSerializer.Serialize(urls.Site(assets.PathOf(WorkerAsset)), OfflineJson.Default.String)).Append(");\n");
        return Encoding.UTF8.GetBytes(script.ToString());
    }

    private static byte[] Manifest(SiteUrls urls, HashedAssets assets, ThemeWording wording) =>
        Encoding.UTF8.GetBytes(Json(json =>
        {
            json.WriteString("name", wording["web_app.name"]);
            json.WriteString("short_name", wording["web_app.short_name"]);
            json.WriteString("description", wording["web_app.description"]);
            json.WriteString("start_url", urls.BasePath);
            json.WriteString("scope", urls.BasePath);
            json.WriteString("display", "standalone");
            json.WriteString("background_color", wording["web_app.background_color"]);
            json.WriteString("theme_color", wording["web_app.theme_color"]);
            if (assets.Has("icon.svg"))
            {
                json.WriteStartArray("icons");
                json.WriteStartObject();
                json.WriteString("src", urls.Site(assets.PathOf("icon.svg")));
                json.WriteString("sizes", "any");
                json.WriteString("type", "image/svg+xml");
                json.WriteEndObject();
                json.WriteEndArray();
            }
        }, indented: true) + "\n");

    private static string Json(Action<Utf8JsonWriter> write, bool indented = false)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        // Relaxed escaping: the text goes into a JSON file and a script file, never into HTML.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class OfflineJson : System.Text.Json.Serialization.JsonSerializerContext;
