using HipMobility.Content;
using HipMobility.Markdown;

namespace HipMobility.Rendering;

/// <summary>
/// A body ready for its page: the prepared HTML and step texts (see <see cref="ContentBody"/>) with each link's slot
/// filled, now that the link stage knows where every target is and what it is called.
/// </summary>
public sealed record RenderedBody(string Html, IReadOnlyList<string> Steps)
{
    public static RenderedBody Of(ContentBody body, LinkedSite site) => new(HtmlOf(body, site), StepsOf(body, site));

    /// <summary>The body's HTML, each <c>[[link]]</c> an anchor to its target (an unknown one, already reported, its label as text).</summary>
    public static string HtmlOf(ContentBody body, LinkedSite site) => BodySlots.Fill(body.Html, (html, index) =>
    {
        var link = body.Links[index];
        var target = site.ResolveLink(link.TargetId, link.Fragment);
        var label = link.Label ?? target?.Title ?? link.TargetId;
        if (target is var (url, _)) EscapedUrl(html.Append("<a class=\"xref\" href=\""), url).Append("\">");
        Escaped(html, label);
        if (target is not null) html.Append("</a>");
    });

    /// <summary>
    /// A URL for a quoted attribute: characters a URL may hold stay (<c>&amp;</c> as an entity), anything else is
    /// percent-encoded as UTF-8, so a fragment written in a link cannot close the attribute or open a tag.
    /// </summary>
    private static System.Text.StringBuilder EscapedUrl(System.Text.StringBuilder html, string url)
    {
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c == '&') html.Append("&amp;");
            else if (char.IsAsciiLetterOrDigit(c) || "-._~:/?#[]@!$'()*+,;=%".Contains(c)) html.Append(c);
            else
            {
                var length = System.Text.Encoding.UTF8.GetBytes(char.IsSurrogatePair(url, i) ? url.AsSpan(i++, 2) : url.AsSpan(i, 1), bytes);
                foreach (var b in bytes[..length]) html.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return html;
    }

    /// <summary>Text escaped as Markdig escapes it (the characters that matter in HTML text and quoted attributes).</summary>
    private static System.Text.StringBuilder Escaped(System.Text.StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                _ => html.Append(c),
            };
        }
        return html;
    }

    private static IReadOnlyList<string> StepsOf(ContentBody body, LinkedSite site) =>
        body.Steps.Select(step => BodySlots.Fill(step, (text, index) =>
        {
            var link = body.Links[index];
            text.Append(site.ResolveLink(link.TargetId, link.Fragment)?.Title ?? link.TargetId);
        })).ToList();
}
