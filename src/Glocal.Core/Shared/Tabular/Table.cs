namespace Glocal.Core.Shared.Tabular;

/// <summary>
/// A spreadsheet-like table read from an uploaded file: header names and rows of text cells. Cells are
/// trimmed; a missing cell reads as "". <see cref="TableRow.Number"/> is the row as the user sees it in
/// their file (the header is row 1), so a validation report can point at it.
/// </summary>
public sealed class Table
{
    private readonly Dictionary<string, int> index;

    public Table(string fileName, IReadOnlyList<string> columns, IReadOnlyList<TableRow> rows)
    {
        FileName = fileName;
        Columns = columns;
        Rows = rows;
        index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Count; i++)
        {
            index.TryAdd(columns[i], i);
        }
    }

    public string FileName { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<TableRow> Rows { get; }

    public bool Has(string column) => index.ContainsKey(column);

    /// <summary>The cell of <paramref name="row"/> under <paramref name="column"/>, "" when absent.</summary>
    public string Cell(TableRow row, string column) =>
        index.TryGetValue(column, out var i) && i < row.Cells.Count ? row.Cells[i] : "";

    /// <summary>Refuses the whole file when a required column is missing, naming every one of them.</summary>
    public void RequireColumns(params string[] required)
    {
        var missing = required.Where(c => !Has(c)).ToList();
        if (missing.Count > 0)
        {
            throw new ImportRejectedException(new ImportReport(FileName, Rows.Count, 0, 0, 0,
                [.. missing.Select(c => new ImportIssue(1, c, "missing_column", $"The column '{c}' is missing from the header row."))]));
        }
    }
}

public sealed record TableRow(int Number, IReadOnlyList<string> Cells);
