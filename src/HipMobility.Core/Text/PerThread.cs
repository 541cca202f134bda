namespace HipMobility.Text;

/// <summary>
/// The one pool of reusable buffers: one free <typeparamref name="T"/> per thread. Building pages made afresh buffers,
/// writers and renderers for every page, which on a guide of 10,000 pages was tens of megabytes of garbage. Take one,
/// use it, give it back on the same thread; a second one taken while the first is out is simply new.
/// </summary>
internal static class PerThread<T> where T : class
{
    [ThreadStatic] private static T? _free;

    public static T Take(Func<T> make)
    {
        var item = _free ?? make();
        _free = null;
        return item;
    }

    /// <summary>Gives the item back for the next caller on this thread (callers drop items grown too large to keep).</summary>
    public static void Return(T item) => _free = item;
}
