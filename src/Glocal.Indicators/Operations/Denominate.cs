using Glocal.Indicators.Model;

namespace Glocal.Indicators.Operations;

/// <summary>Denomination (OECD/JRC Handbook, step 3): x'ᵢ = s · xᵢ / dᵢ for indicators with a Denominator in iMeta.</summary>
public static class Denominate
{
    /// <exception cref="IndicatorInputException">A denominator is zero for a unit whose indicator value is present.</exception>
    public static DataSet Apply(DataSet data, IndexInput input, DenominateStep step)
    {
        var columns = new double[data.Codes.Length][];
        for (var c = 0; c < data.Codes.Length; c++)
        {
            var code = data.Codes[c];
            var denominator = input.Structure.ByCode.TryGetValue(code, out var meta) ? meta.Denominator : null;
            if (denominator is null)
            {
                columns[c] = data.Columns[c];
                continue;
            }

            var d = input.Denominators[denominator];
            var source = data.Columns[c];
            var column = new double[source.Length];
            for (var r = 0; r < source.Length; r++)
            {
                var row = input.RowOf(data.Units[r], data.Times[r]);
                if (d[row] == 0 && !double.IsNaN(source[r]))
                {
                    throw new IndicatorInputException("iData", IndexInput.LineOfRow(row), denominator,
                        $"the denominator of '{code}' is zero for unit '{data.Units[r]}' (time {data.Times[r]}).");
                }

                column[r] = step.ScaleFactor * source[r] / d[row];
            }

            columns[c] = column;
        }

        return data.WithColumns(data.Codes, columns);
    }
}
