using System.Security.Cryptography;

namespace HipMobility.Theme;

/// <summary>Theme assets renamed with a content hash (<c>site.css</c> → <c>assets/site.1a2b3c4d.css</c>) so they can be cached forever.</summary>
public sealed class HashedAssets
{
    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);

    public HashedAssets(IReadOnlyDictionary<string, byte[]> assets)
    {
        foreach (var (name, bytes) in assets.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var extension = Path.GetExtension(name);
            var hashed = $"assets/{name[..^extension.Length]}.{hash}{extension}";
            _paths[name] = hashed;
            Files.Add((hashed, bytes));
        }
    }

    /// <summary>Output path (relative to the site root) and bytes of every asset.</summary>
    public List<(string Path, byte[] Bytes)> Files { get; } = [];

    /// <summary>Whether the theme has an asset of that name.</summary>
    public bool Has(string name) => _paths.ContainsKey(name);

    /// <summary>The hashed path of an asset, relative to the site root.</summary>
    public string PathOf(string name) =>
        _paths.TryGetValue(name, out var path) ? path : throw new ThemeException($"a template asks for asset '{name}', which is not in theme/assets/");
}
