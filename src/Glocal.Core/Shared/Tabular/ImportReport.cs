namespace Glocal.Core.Shared.Tabular;

/// <summary>One problem with one row (and column, when it is about a cell) of an imported file.</summary>
public sealed record ImportIssue(int Row, string? Column, string Code, string Message);

/// <summary>
/// What an import did, row by row. A file with any issue is rejected whole: nothing is stored, and the
/// report lists every issue so the user can fix the file in one go. Importing the same file twice leaves
/// every row <see cref="Unchanged"/> the second time.
/// </summary>
public sealed record ImportReport(string FileName, int Rows, int Created, int Updated, int Unchanged, IReadOnlyList<ImportIssue> Issues)
{
    public bool Rejected => Issues.Count > 0;
}

/// <summary>An import refused as a whole; the API answers 422 with code <c>import_rejected</c> and the report.</summary>
public sealed class ImportRejectedException(ImportReport report)
    : Exception($"The file '{report.FileName}' was rejected with {report.Issues.Count} problem(s); nothing was stored.")
{
    public ImportReport Report { get; } = report;
}
