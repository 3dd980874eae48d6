using System.Text;
using Glocal.Core.Shared;

namespace Glocal.Core.Tests.Shared;

public class CsvExportTests
{
    private sealed record Row(string Name, string Note);

    [Fact]
    public void Write_FormulaCells_AreNeutralised()
    {
        var text = Encoding.UTF8.GetString(CsvExport.Write([new Row("=HYPERLINK(\"http://x\")", "+1"), new Row("안산", "@SUM(A1)")]));
        text.ShouldNotContain(",=HYPERLINK");
        text.ShouldNotContain("\n=HYPERLINK");
        text.ShouldContain("'");
        text.ShouldContain("안산");
    }

    [Fact]
    public void Write_StartsWithUtf8Bom_ForSpreadsheets() =>
        CsvExport.Write([new Row("a", "b")]).Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
}
