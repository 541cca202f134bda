using Microsoft.Playwright;

namespace HipMobility.Tests.Support;

/// <summary>Saves a screenshot of a page when a browser test fails, into test-screenshots/ at the repository root.</summary>
public static class Screenshots
{
    public static string Folder => Repo.Path("test-screenshots");

    public static async Task OnFailure(IPage page, string testName, Func<Task> test)
    {
        try
        {
            await test();
        }
        catch
        {
            Directory.CreateDirectory(Folder);
            try { await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, testName + ".png"), FullPage = true }); }
            catch (PlaywrightException) { /* the page may be gone; the original failure matters more */ }
            throw;
        }
    }
}
