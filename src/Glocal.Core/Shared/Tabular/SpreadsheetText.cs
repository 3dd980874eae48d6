namespace Glocal.Core.Shared.Tabular;

/// <summary>
/// Spreadsheet formula injection (OWASP "CSV injection"): a cell starting with = + - @, a tab or a carriage
/// return may be run as a formula when the file is opened or edited. Such text gets a leading apostrophe,
/// which spreadsheets show as plain text; CSV and XLSX exports both use this rule.
/// </summary>
public static class SpreadsheetText
{
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
