namespace Glocal.Core.Shared.Tabular;

public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>An export ready to send: bytes, media type and file name.</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName);

/// <summary>Every list exports the same way: CSV (UTF-8 with BOM) or XLSX, formula injection neutralised.</summary>
public static class TabularExport
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static ExportFile Write<T>(IEnumerable<T> rows, ExportFormat format, string baseName) => format switch
    {
        ExportFormat.Csv => new ExportFile(CsvExport.Write(rows), "text/csv; charset=utf-8", baseName + ".csv"),
        ExportFormat.Xlsx => new ExportFile(XlsxExport.Write(rows, baseName), XlsxContentType, baseName + ".xlsx"),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>"csv" (the default when empty) or "xlsx", any case; anything else is a 400 with code <c>export_format</c>.</summary>
    public static ExportFormat ParseFormat(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "csv" => ExportFormat.Csv,
        "xlsx" => ExportFormat.Xlsx,
        _ => throw new BusinessRuleException("export_format", $"Unknown export format '{format}'; use csv or xlsx.", 400),
    };
}
