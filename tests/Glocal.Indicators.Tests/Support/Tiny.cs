using Glocal.Indicators.Io;
using Glocal.Indicators.Model;

namespace Glocal.Indicators.Tests.Support;

/// <summary>Small hand-made indices for table-driven tests.</summary>
public static class Tiny
{
    /// <summary>Indicators a, b (→ X) and c (→ Y), X and Y → Index; c has direction −1 and denominator Pop.</summary>
    public const string Meta = """
        Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type
        1,a,A,1,1,,10,,X,Indicator
        1,b,B,1,2,,,,X,Indicator
        1,c,C,-1,1,,1,Pop,Y,Indicator
        2,X,X,1,1,,,,Index,Aggregate
        2,Y,Y,1,1,,,,Index,Aggregate
        3,Index,Index,1,1,,,,,Aggregate
        ,Region_group,Region,,,,,,,Group
        ,Pop,Population,,,,,,,Denominator
        """;

    public const string Data = """
        uCode,uName,Time,Region_group,Pop,a,b,c
        U1,One,2020,N,10,1,4,20
        U2,Two,2020,N,20,2,,40
        U3,Three,2020,S,10,3,6,30
        U4,Four,2020,S,5,,8,5
        """;

    public static IndexInput Input(string data = Data, string meta = Meta) =>
        IndexInputReader.Create(CsvTable.Parse(data, "iData"), CsvTable.Parse(meta, "iMeta"));

    /// <summary>A data set of one Time with the given columns.</summary>
    public static DataSet Set(string[] codes, params double[][] columns) =>
        new(Enumerable.Range(1, columns[0].Length).Select(i => $"U{i}").ToArray(), Enumerable.Repeat(2020, columns[0].Length).ToArray(), codes, columns);
}
