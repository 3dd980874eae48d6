namespace Glocal.Indicators.Tests.Support;

public class CsvAssertTests
{
    [Fact]
    public void Matches_ValueOffByMoreThanTolerance_Fails()
    {
        var expected = Path.GetTempFileName();
        try
        {
            File.WriteAllText(expected, "\"uCode\",\"A\"\n\"X\",1.5\n\"Y\",\n");
            Should.Throw<ShouldAssertException>(() => CsvAssert.Matches(expected, "\"uCode\",\"A\"\n\"X\",1.5000001\n\"Y\",\n", 1e-9, "uCode"));
            Should.Throw<ShouldAssertException>(() => CsvAssert.Matches(expected, "\"uCode\",\"A\"\n\"X\",1.5\n\"Y\",2\n", 1e-9, "uCode"));
            CsvAssert.Matches(expected, "\"uCode\",\"A\"\n\"Y\",\n\"X\",1.5000000000001\n", 1e-9, "uCode");
        }
        finally
        {
            File.Delete(expected);
        }
    }
}
