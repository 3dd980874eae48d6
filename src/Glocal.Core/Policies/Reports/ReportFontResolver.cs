using System.Reflection;
using PdfSharp.Fonts;

namespace Glocal.Core.Policies.Reports;

/// <summary>
/// Serves the report's Korean font from this assembly, so a PDF has correct Korean text on a fresh machine with
/// no fonts installed (ADR 0061). "Glocal Report Sans" is a renamed subset of NanumGothic (SIL OFL 1.1).
/// </summary>
public sealed class ReportFontResolver : IFontResolver
{
    public const string Family = "Glocal Report Sans";
    private const string Regular = "GlocalReportSans-Regular";
    private const string Bold = "GlocalReportSans-Bold";
    private static readonly Lock Gate = new();

    /// <summary>PDFsharp's resolver is process-wide; install ours once.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not ReportFontResolver)
            {
                GlobalFontSettings.FontResolver = new ReportFontResolver();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, false, italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Glocal.Core.Policies.Reports.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The report font {faceName}.ttf is missing from Glocal.Core; the build must embed it (see ADR 0061).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
