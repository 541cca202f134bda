using System.Text.RegularExpressions;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Architecture;

/// <summary>
/// The generator's namespaces form layers (src/README.md): each may use only the ones below it, so there are no loops
/// and the content model never reaches for the file system, the theme or the build.
/// </summary>
public partial class LayeringTests
{
    /// <summary>What each namespace of HipMobility.Core may use, besides itself and the root (SiteOptions).</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Diagnostics"] = [],
        ["Text"] = [],
        ["Content"] = ["Diagnostics", "Text"],
        ["Parsing"] = ["Diagnostics"],
        ["Schema"] = ["Content", "Diagnostics", "Parsing"],
        ["Markdown"] = ["Content", "Diagnostics", "Text"],
        ["Figures"] = ["Content", "Text"],
        ["Theme"] = ["Content", "Diagnostics", "Parsing", "Text"],
        ["Rendering"] = ["Content", "Diagnostics", "Figures", "Markdown", "Schema", "Text", "Theme"],
        ["Pipeline"] = ["Content", "Diagnostics", "Figures", "Markdown", "Parsing", "Rendering", "Schema", "Text", "Theme"],
    };

    [GeneratedRegex(@"(?<![\w.])(?:HipMobility\.)?(Content|Diagnostics|Figures|Markdown|Parsing|Pipeline|Rendering|Schema|Theme|Text)\.[A-Z]\w*")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"^using (?:static )?HipMobility\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    [Fact]
    public void Each_namespace_uses_only_the_layers_below_it()
    {
        var core = Repo.Path("src", "HipMobility.Core");
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(core, file).Replace('\\', '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal) || !relative.Contains('/')) continue;
            var layer = relative[..relative.IndexOf('/')];
            Assert.True(Allowed.ContainsKey(layer), $"{relative}: folder '{layer}' is not in the layer table; add it here and to src/README.md");
            var text = StripComments(File.ReadAllText(file));
            var used = UsingDirective().Matches(text).Select(m => m.Groups[1].Value)
                .Concat(QualifiedName().Matches(text).Select(m => m.Groups[1].Value));
            foreach (var other in used.Distinct().Where(u => u != layer && !Allowed[layer].Contains(u)))
                problems.Add($"{relative} uses {other}, which {layer} may not");
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void The_layer_table_has_no_loops()
    {
        foreach (var (layer, uses) in Allowed)
            foreach (var other in uses)
                Assert.DoesNotContain(layer, Allowed[other]);
    }

    /// <summary>Comments name other namespaces freely (in &lt;see cref&gt;, say); only code counts.</summary>
    private static string StripComments(string text) => Comment().Replace(text, "");

    [GeneratedRegex(@"//.*$|/\*.*?\*/", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Comment();
}
