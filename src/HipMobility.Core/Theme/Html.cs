using System.Buffers;
using System.Text;

namespace HipMobility.Theme;

/// <summary>
/// Text that is already HTML (a Markdown body, the page's JSON-LD script, an SVG the generator drew): the theme writes
/// it as it is. Any other text a view model carries is plain text and is escaped on its way into the template's model
/// (see <see cref="ThemeObject"/>), so a template never escapes anything and cannot forget to.
/// </summary>
public readonly record struct Html(string Value)
{
    public static Html Empty { get; } = new("");

    public override string ToString() => Value ?? "";

    /// <summary>The characters escaped in text: those Handlebars.Net escaped, so pages stay byte-identical to its output.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'`=");

    /// <summary>
    /// Plain text as HTML, safe in element content and in quoted attribute values: <c>&amp; &lt; &gt; &quot;</c> and
    /// <c>' ` =</c> as numeric references. Returns the same string when there is nothing to escape (most text).
    /// </summary>
    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0) return text;
        var html = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#x27;"),
                '`' => html.Append("&#x60;"),
                '=' => html.Append("&#x3D;"),
                _ => html.Append(c),
            };
        }
        return html.ToString();
    }
}
