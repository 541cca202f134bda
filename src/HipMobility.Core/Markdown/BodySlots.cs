using System.Globalization;
using System.Text;

namespace HipMobility.Markdown;

/// <summary>
/// A place in a prepared body's HTML or step text where a <c>[[link]]</c> goes: NUL, the link's index in
/// <see cref="Content.ContentBody.Links"/>, NUL. Nothing else in a prepared body can hold a NUL: the parse stage replaces
/// any in the source with U+FFFD before Markdig sees it, as CommonMark asks.
/// </summary>
public static class BodySlots
{
    public const char Mark = '\0';

    public static string Of(int index) => string.Create(CultureInfo.InvariantCulture, $"{Mark}{index}{Mark}");

    /// <summary>The text with each slot replaced by what <paramref name="write"/> writes for its link index.</summary>
    public static string Fill(string text, Action<StringBuilder, int> write)
    {
        var next = text.IndexOf(Mark);
        if (next < 0) return text;
        var filled = Rendering.ScratchText.Take();
        var done = 0;
        while (next >= 0)
        {
            var end = text.IndexOf(Mark, next + 1);
            filled.Append(text, done, next - done);
            write(filled, int.Parse(text.AsSpan(next + 1, end - next - 1), NumberStyles.None, CultureInfo.InvariantCulture));
            done = end + 1;
            next = text.IndexOf(Mark, done);
        }
        return Rendering.ScratchText.ToStringAndReturn(filled.Append(text, done, text.Length - done));
    }
}
