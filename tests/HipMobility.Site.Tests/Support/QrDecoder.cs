using Microsoft.Playwright;

namespace HipMobility.Tests.Support;

/// <summary>Decodes a QR code image for real with jsQR (from the project's npm lockfile) in a blank browser page.</summary>
public static class QrDecoder
{
    public static async Task<string?> Decode(GuideSite site, byte[] png)
    {
        var jsqr = Repo.Path("node_modules", "jsqr", "dist", "jsQR.js");
        if (!File.Exists(jsqr)) throw new FileNotFoundException("jsQR is missing: run 'npm ci' at the repository root", jsqr);
        var page = await site.NewPageAsync();
        await page.SetContentAsync("<!doctype html><canvas id=c></canvas>");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = jsqr });
        return await page.EvaluateAsync<string?>("""
            async (b64) => {
              const img = new Image();
              img.src = 'data:image/png;base64,' + b64;
              await img.decode();
              // A white quiet zone around the code, as on paper.
              const pad = 40, c = document.getElementById('c');
              c.width = img.width + 2 * pad; c.height = img.height + 2 * pad;
              const ctx = c.getContext('2d');
              ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, c.width, c.height);
              ctx.drawImage(img, pad, pad);
              const data = ctx.getImageData(0, 0, c.width, c.height);
              const code = jsQR(data.data, c.width, c.height);
              return code ? code.data : null;
            }
            """, Convert.ToBase64String(png));
    }
}
