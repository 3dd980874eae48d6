namespace Glocal.Indicators;

/// <summary>
/// Bad input to the composite-indicator engine: names the file, the row (1-based line number in the file,
/// the header being line 1) and the column, so a user can find the cell.
/// </summary>
public sealed class IndicatorInputException : Exception
{
    public IndicatorInputException() : this("Invalid indicator input.")
    {
    }

    public IndicatorInputException(string message) : base(message)
    {
    }

    public IndicatorInputException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public IndicatorInputException(string source, int? row, string? column, string problem)
        : base(Describe(source, row, column, problem))
    {
        Source = source;
        Row = row;
        Column = column;
        Problem = problem;
    }

    /// <summary>The 1-based line of the offending row in its file (the header is line 1), if known.</summary>
    public int? Row { get; }

    /// <summary>The column name, if known.</summary>
    public string? Column { get; }

    /// <summary>The problem, without the location.</summary>
    public string? Problem { get; }

    private static string Describe(string source, int? row, string? column, string problem)
    {
        var where = source;
        if (row is not null)
        {
            where += $", row {row}";
        }

        if (column is not null)
        {
            where += $", column '{column}'";
        }

        return $"{where}: {problem}";
    }
}
