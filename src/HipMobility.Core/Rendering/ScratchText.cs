using System.Text;

namespace HipMobility.Rendering;

/// <summary>
/// One reusable text buffer per thread for text that is built and then copied out as a string (a body with its links
/// filled, a page's search markup): on a guide of 10,000 pages a fresh builder each time was tens of megabytes of
/// garbage. A buffer taken while another is out (nothing nests today) is simply a new one.
/// </summary>
internal static class ScratchText
{
    [ThreadStatic] private static StringBuilder? _free;

    /// <summary>Buffers that grew past this (an index of every pose) are not kept for the ordinary pages.</summary>
    private const int LargestKept = 1 << 16;

    public static StringBuilder Take()
    {
        var text = _free ?? new StringBuilder(4096);
        _free = null;
        return text.Clear();
    }

    /// <summary>The buffer's text as a string; the buffer goes back for the next caller on this thread.</summary>
    public static string ToStringAndReturn(StringBuilder text)
    {
        var result = text.ToString();
        Return(text);
        return result;
    }

    public static void Return(StringBuilder text)
    {
        if (text.Capacity <= LargestKept) _free = text;
    }
}
