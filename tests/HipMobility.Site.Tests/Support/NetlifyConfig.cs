using System.Text.RegularExpressions;

namespace HipMobility.Tests.Support;

/// <summary>
/// The header rules of netlify.toml, so the test server sends exactly what Netlify will. Reads the small TOML subset
/// that file uses ([[headers]], for = "...", [headers.values], key = "value"); no TOML package restores here.
/// </summary>
public sealed partial class NetlifyConfig
{
    public sealed record HeaderRule(string For, IReadOnlyDictionary<string, string> Values)
    {
        /// <summary>Netlify path patterns: an exact path, or a prefix ending in <c>*</c>.</summary>
        public bool Matches(string path) => For.EndsWith('*') ? path.StartsWith(For[..^1], StringComparison.Ordinal) : path == For;
    }

    public IReadOnlyList<HeaderRule> Headers { get; }

    private NetlifyConfig(IReadOnlyList<HeaderRule> headers) => Headers = headers;

    public static NetlifyConfig Load(string path)
    {
        var rules = new List<HeaderRule>();
        string? table = null;
        string? forPath = null;
        Dictionary<string, string>? values = null;
        void Flush()
        {
            if (forPath is not null && values is not null) rules.Add(new HeaderRule(forPath, values));
            forPath = null;
            values = null;
        }
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('['))
            {
                if (line == "[[headers]]") { Flush(); values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase); }
                else if (line != "[headers.values]") Flush();
                table = line;
                continue;
            }
            var m = KeyValue().Match(line);
            if (!m.Success || table is not ("[[headers]]" or "[headers.values]")) continue;
            if (table == "[[headers]]" && m.Groups["key"].Value == "for") forPath = m.Groups["value"].Value;
            else if (table == "[headers.values]") values![m.Groups["key"].Value] = m.Groups["value"].Value;
        }
        Flush();
        return new NetlifyConfig(rules);
    }

    /// <summary>Headers for a request path; later rules override earlier ones, as on Netlify.</summary>
    public IReadOnlyDictionary<string, string> HeadersFor(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in Headers.Where(r => r.Matches(path)))
            foreach (var (k, v) in rule.Values) result[k] = v;
        return result;
    }

    [GeneratedRegex("^(?<key>[A-Za-z0-9_-]+)\\s*=\\s*\"(?<value>[^\"]*)\"\\s*(#.*)?$")]
    private static partial Regex KeyValue();
}
