using System.Globalization;
using System.Text;
using CsvHelper;

namespace Glocal.Core.Shared;

/// <summary>
/// CSV for spreadsheets: UTF-8 with BOM (Excel in Korea opens it correctly), and cells that a spreadsheet
/// would run as a formula are prefixed with an apostrophe (CSV injection).
/// </summary>
public static class CsvExport
{
    public static byte[] Write<T>(IEnumerable<T> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture)
        {
            InjectionOptions = CsvHelper.Configuration.InjectionOptions.Escape,
        }))
        {
            csv.WriteRecords(rows);
        }

        return stream.ToArray();
    }
}
