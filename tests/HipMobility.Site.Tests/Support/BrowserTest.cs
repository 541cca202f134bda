using Microsoft.Playwright;

namespace HipMobility.Tests.Support;

/// <summary>
/// A test class that opens pages in the shared Chromium. After each test it closes every browser context the test
/// left open: the tests of the collection run one at a time, so none is in use by another test. An open context keeps
/// its renderer process and its page's timers running (players count down, searches load), and left open, a run of
/// two hundred tests held two hundred renderers that competed for the CPU with the test in progress.
/// </summary>
public abstract class BrowserTest : IAsyncLifetime
{
    /// <summary>The built guide and its browser, from the test class's constructor.</summary>
    protected abstract GuideSite Site { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var context in Site.Browser.Contexts.ToList())
            await context.CloseAsync();
    }
}
