using Glocal.Indicators.Io;
using Glocal.Indicators.Model;
using Glocal.Indicators.Operations;
using Glocal.Indicators.Tests.Support;

namespace Glocal.Indicators.Tests;

public class InputValidationTests
{
    [Fact]
    public void Create_TinyIndex_BuildsTheTree()
    {
        var input = Tiny.Input();
        input.Structure.Indicators.ShouldBe(["a", "b", "c"]);
        input.Structure.AggregatesByLevel[0].ShouldBe(["X", "Y"]);
        input.Structure.Children["X"].ShouldBe(["a", "b"]);
        input.Raw.Column("b")[1].ShouldBe(double.NaN);
        input.Groups["Region_group"].ShouldBe(["N", "N", "S", "S"]);
    }

    [Fact]
    public void Create_UnknownParent_NamesRowAndColumn()
    {
        var e = Should.Throw<IndicatorInputException>(() => Tiny.Input(meta: Tiny.Meta.Replace("1,c,C,-1,1,,1,Pop,Y,", "1,c,C,-1,1,,1,Pop,Q,", StringComparison.Ordinal)));
        e.Row.ShouldBe(4);
        e.Column.ShouldBe("Parent");
        e.Message.ShouldContain("'Q'");
    }

    [Fact]
    public void Create_DuplicateCode_NamesTheSecondRow()
    {
        var e = Should.Throw<IndicatorInputException>(() => Tiny.Input(meta: Tiny.Meta.Replace("1,b,B,", "1,a,B,", StringComparison.Ordinal)));
        e.Row.ShouldBe(3);
        e.Column.ShouldBe("iCode");
    }

    [Fact]
    public void Create_Cycle_IsReported()
    {
        const string meta = """
            Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type
            1,a,A,1,1,,,,X,Indicator
            2,X,X,1,1,,,,Y,Aggregate
            2,Y,Y,1,1,,,,X,Aggregate
            """;
        var e = Should.Throw<IndicatorInputException>(() => IndexStructure.Create(IndexInputReader.ReadMeta(CsvTable.Parse(meta, "iMeta"))));
        e.Column.ShouldBe("Parent");
        e.Message.ShouldContain("cycle");
    }

    [Fact]
    public void Create_ParentTwoLevelsUp_IsRejected()
    {
        var e = Should.Throw<IndicatorInputException>(() => Tiny.Input(meta: Tiny.Meta.Replace("1,c,C,-1,1,,1,Pop,Y,", "1,c,C,-1,1,,1,Pop,Index,", StringComparison.Ordinal)));
        e.Column.ShouldBe("Parent");
    }

    [Fact]
    public void Create_NonNumericCell_NamesLineAndColumn()
    {
        var e = Should.Throw<IndicatorInputException>(() => Tiny.Input(data: Tiny.Data.Replace("U3,Three,2020,S,10,3,6,30", "U3,Three,2020,S,10,3,six,30", StringComparison.Ordinal)));
        e.Row.ShouldBe(4);
        e.Column.ShouldBe("b");
        e.Message.ShouldContain("'six'");
    }

    [Fact]
    public void Create_MissingIndicatorColumn_IsRejected()
    {
        var e = Should.Throw<IndicatorInputException>(() => Tiny.Input(data: Tiny.Data.Replace(",c\n", ",d\n", StringComparison.Ordinal)));
        e.Column.ShouldBe("c");
    }

    [Fact]
    public void Create_DuplicateUnitAndTime_IsRejected()
    {
        var e = Should.Throw<IndicatorInputException>(() => Tiny.Input(data: Tiny.Data.Replace("U4,Four", "U1,Four", StringComparison.Ordinal)));
        e.Row.ShouldBe(5);
        e.Column.ShouldBe("uCode");
    }

    [Fact]
    public void Denominate_ZeroDenominator_NamesRowAndColumn()
    {
        var input = Tiny.Input(data: Tiny.Data.Replace("U3,Three,2020,S,10,", "U3,Three,2020,S,0,", StringComparison.Ordinal));
        var e = Should.Throw<IndicatorInputException>(() => Denominate.Apply(input.Raw, input, new DenominateStep()));
        e.Row.ShouldBe(4);
        e.Column.ShouldBe("Pop");
        e.Message.ShouldContain("'c'");
    }

    [Fact]
    public void Denominate_Tiny_DividesOnlyIndicatorsWithADenominator()
    {
        var input = Tiny.Input();
        var d = Denominate.Apply(input.Raw, input, new DenominateStep());
        d.Column("c").ShouldBe([2, 2, 3, 1]);
        d.Column("a").ShouldBe(input.Raw.Column("a"));
    }

    [Theory]
    [InlineData("\"a,b\n1,2\n")]
    [InlineData("a,b\n1,2,3\n")]
    public void Parse_MalformedCsv_Throws(string text) =>
        Should.Throw<IndicatorInputException>(() => CsvTable.Parse(text, "x.csv"));

    [Fact]
    public void Parse_QuotedCellsAndCrLf_AreRead()
    {
        var t = CsvTable.Parse("\"a\",\"b\"\r\n\"x, \"\"y\"\"\",1.5\r\n", "x.csv");
        t.Header.ShouldBe(["a", "b"]);
        t.Rows[0].ShouldBe(["x, \"y\"", "1.5"]);
    }
}
