using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace HipMobility.Cli.Serving;

/// <summary>Open browser tabs listening on server-sent events; told to reload after a good build, or shown errors.</summary>
internal sealed class ReloadHub
{
    private readonly ConcurrentDictionary<Guid, HttpResponse> _clients = new();
    private volatile string[] _errors = [];

    /// <summary>Errors of the latest build (empty when it succeeded); also injected into every page served.</summary>
    public IReadOnlyList<string> Errors => _errors;

    public async Task Listen(HttpContext context, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var id = Guid.NewGuid();
        _clients[id] = context.Response;
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            await Task.Delay(Timeout.Infinite, linked.Token).ContinueWith(_ => { });
        }
        finally
        {
            _clients.TryRemove(id, out _);
        }
    }

    public Task Reload()
    {
        _errors = [];
        return Broadcast("reload", "{}");
    }

    public Task ShowErrors(IEnumerable<string> errors)
    {
        _errors = errors.ToArray();
        return Broadcast("errors", JsonSerializer.Serialize(_errors, ReloadJson.Default.StringArray));
    }

    private async Task Broadcast(string name, string data)
    {
        foreach (var (id, response) in _clients)
        {
            try
            {
                await response.WriteAsync($"event: {name}\ndata: {data}\n\n");
                await response.Body.FlushAsync();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
            {
                _clients.TryRemove(id, out _);
            }
        }
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string[]))]
internal sealed partial class ReloadJson : System.Text.Json.Serialization.JsonSerializerContext;
