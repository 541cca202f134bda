using System.Text;

namespace HipMobility.Text;

/// <summary>A reusable text buffer for text that is built and then copied out as a string (a body with its links filled, a page's search markup).</summary>
internal static class ScratchText
{
    /// <summary>Buffers that grew past this (an index of every pose) are not kept for the ordinary pages.</summary>
    private const int LargestKept = 1 << 16;

    public static StringBuilder Take() => PerThread<StringBuilder>.Take(() => new StringBuilder(4096)).Clear();

    /// <summary>The buffer's text as a string; the buffer goes back for the next caller on this thread.</summary>
    public static string ToStringAndReturn(StringBuilder text)
    {
        var result = text.ToString();
        Return(text);
        return result;
    }

    public static void Return(StringBuilder text)
    {
        if (text.Capacity <= LargestKept) PerThread<StringBuilder>.Return(text);
    }
}
