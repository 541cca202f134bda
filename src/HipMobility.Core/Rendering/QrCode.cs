using HipMobility.Text;
using QRCoder;

namespace HipMobility.Rendering;

/// <summary>An SVG QR code for printed handouts, drawn with QRCoder; same input, same bytes.</summary>
public static class QrCode
{
    public static string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start > 0 ? svg[start..] : svg;
        return svg.Replace("<svg ", new System.Text.StringBuilder("<svg role=\"img\" aria-label=\"QR code for ").AppendEscaped(url).Append("\" class=\"qr\" ").ToString());
    }
}
