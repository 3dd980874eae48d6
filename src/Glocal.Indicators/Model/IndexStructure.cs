namespace Glocal.Indicators.Model;

/// <summary>
/// The validated tree of an index, read from iMeta: indicators at level 1, aggregates above them, each
/// code pointing to its <c>Parent</c> one level up. Aggregates of a level are ordered as COINr orders them
/// (alphabetically, as R's <c>tapply</c> sorts its groups), so outputs have COINr's column order.
/// </summary>
public sealed class IndexStructure
{
    private IndexStructure(
        IReadOnlyList<IndicatorMeta> meta,
        string[] indicators,
        string[][] aggregatesByLevel,
        IReadOnlyDictionary<string, string[]> children)
    {
        Meta = meta;
        ByCode = meta.Where(m => m.Type is MetaType.Indicator or MetaType.Aggregate)
            .ToDictionary(m => m.Code, StringComparer.Ordinal);
        Indicators = indicators;
        AggregatesByLevel = aggregatesByLevel;
        Children = children;
        Directions = indicators.Select(c => ByCode[c].Direction).ToArray();
        AllCodes = [.. indicators, .. aggregatesByLevel.SelectMany(a => a)];
    }

    /// <summary>All iMeta rows, in file order.</summary>
    public IReadOnlyList<IndicatorMeta> Meta { get; }

    /// <summary>Indicator and aggregate rows by code.</summary>
    public IReadOnlyDictionary<string, IndicatorMeta> ByCode { get; }

    /// <summary>Level-1 codes in iMeta order.</summary>
    public string[] Indicators { get; }

    /// <summary>Direction (+1 or -1) of each indicator, aligned with <see cref="Indicators"/>.</summary>
    public double[] Directions { get; }

    /// <summary>Aggregates of levels 2, 3, … (index 0 is level 2), each level sorted as COINr sorts it.</summary>
    public string[][] AggregatesByLevel { get; }

    /// <summary>The children of each aggregate, in iMeta order.</summary>
    public IReadOnlyDictionary<string, string[]> Children { get; }

    /// <summary>Indicators, then aggregates level by level: the columns of the Aggregated data set.</summary>
    public string[] AllCodes { get; }

    /// <summary>The highest level (the index).</summary>
    public int MaxLevel => AggregatesByLevel.Length + 1;

    /// <summary>Weights from iMeta, by code.</summary>
    public Dictionary<string, double> MetaWeights() =>
        ByCode.Values.ToDictionary(m => m.Code, m => m.Weight, StringComparer.Ordinal);

    /// <summary>Codes of a level (1 = indicators).</summary>
    public string[] CodesAtLevel(int level) => level == 1 ? Indicators : AggregatesByLevel[level - 2];

    /// <summary>R-like ordering: case-insensitive first, then ordinal.</summary>
    public static int CompareCodes(string? a, string? b)
    {
        var c = StringComparer.OrdinalIgnoreCase.Compare(a, b);
        return c != 0 ? c : StringComparer.Ordinal.Compare(a, b);
    }

    /// <summary>Validates iMeta rows and builds the tree.</summary>
    /// <exception cref="IndicatorInputException">Duplicate code, unknown parent, cycle, level mismatch, bad direction.</exception>
    public static IndexStructure Create(IReadOnlyList<IndicatorMeta> meta, string source = "iMeta")
    {
        var seen = new Dictionary<string, IndicatorMeta>(StringComparer.Ordinal);
        foreach (var m in meta)
        {
            if (string.IsNullOrWhiteSpace(m.Code))
            {
                throw new IndicatorInputException(source, m.Line, "iCode", "the code is empty.");
            }

            if (!seen.TryAdd(m.Code, m))
            {
                throw new IndicatorInputException(source, m.Line, "iCode",
                    $"duplicate code '{m.Code}' (first on row {seen[m.Code].Line}).");
            }
        }

        var tree = meta.Where(m => m.Type is MetaType.Indicator or MetaType.Aggregate).ToList();
        var treeCodes = tree.ToDictionary(m => m.Code, StringComparer.Ordinal);
        foreach (var m in tree)
        {
            if (m.Level is null or < 1)
            {
                throw new IndicatorInputException(source, m.Line, "Level", $"'{m.Code}' needs a level of 1 or more.");
            }

            if ((m.Type == MetaType.Indicator) != (m.Level == 1))
            {
                throw new IndicatorInputException(source, m.Line, "Level",
                    $"'{m.Code}' is of type {m.Type} but has level {m.Level}; indicators are level 1 and aggregates above.");
            }

            if (m.Type == MetaType.Indicator && m.Direction is not (1 or -1))
            {
                throw new IndicatorInputException(source, m.Line, "Direction", $"'{m.Code}' has direction {m.Direction}; it must be 1 or -1.");
            }

            if (!double.IsFinite(m.Weight) || m.Weight < 0)
            {
                throw new IndicatorInputException(source, m.Line, "Weight", $"'{m.Code}' has weight {m.Weight}; it must be a finite number ≥ 0.");
            }

            if (m.Parent is null)
            {
                continue;
            }

            if (!treeCodes.TryGetValue(m.Parent, out var parent))
            {
                throw new IndicatorInputException(source, m.Line, "Parent", $"'{m.Code}' has unknown parent '{m.Parent}'.");
            }

            CheckNoCycle(m, treeCodes, source);
            if (parent.Level != m.Level + 1)
            {
                throw new IndicatorInputException(source, m.Line, "Parent",
                    $"'{m.Code}' (level {m.Level}) has parent '{parent.Code}' at level {parent.Level}; a parent must be exactly one level up.");
            }
        }

        var indicators = tree.Where(m => m.Level == 1).Select(m => m.Code).ToArray();
        if (indicators.Length == 0)
        {
            throw new IndicatorInputException(source, null, "Level", "there are no indicators (level 1 rows).");
        }

        var maxLevel = tree.Max(m => m.Level!.Value);
        var aggregates = new string[maxLevel - 1][];
        for (var level = 2; level <= maxLevel; level++)
        {
            var codes = tree.Where(m => m.Level == level).Select(m => m.Code).ToList();
            codes.Sort(CompareCodes);
            aggregates[level - 2] = [.. codes];
        }

        var children = tree.Where(m => m.Parent is not null)
            .GroupBy(m => m.Parent!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Code).ToArray(), StringComparer.Ordinal);
        foreach (var m in tree.Where(m => m.Type == MetaType.Aggregate && !children.ContainsKey(m.Code)))
        {
            throw new IndicatorInputException(source, m.Line, "iCode", $"aggregate '{m.Code}' has no children.");
        }

        foreach (var m in tree.Where(m => m.Parent is null && m.Level != maxLevel))
        {
            throw new IndicatorInputException(source, m.Line, "Parent",
                $"'{m.Code}' (level {m.Level}) has no parent; only the top level ({maxLevel}) may have none.");
        }

        return new IndexStructure(meta, indicators, aggregates, children);
    }

    /// <summary>Compiles the tree with the given weights (by code; missing codes use iMeta's).</summary>
    public AggregationPlan Compile(IReadOnlyDictionary<string, double>? weights = null)
    {
        var index = AllCodes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var nodes = AggregatesByLevel.SelectMany((codes, l) => codes.Select(c => (Code: c, Level: l + 2))).ToArray();
        var childIdx = new int[nodes.Length][];
        var childW = new double[nodes.Length][];
        for (var n = 0; n < nodes.Length; n++)
        {
            var kids = Children[nodes[n].Code];
            childIdx[n] = kids.Select(k => index[k]).ToArray();
            childW[n] = kids.Select(k => weights is not null && weights.TryGetValue(k, out var w) ? w : ByCode[k].Weight).ToArray();
        }

        return new AggregationPlan(AllCodes, Indicators.Length, nodes.Select(n => n.Level).ToArray(), childIdx, childW);
    }

    private static void CheckNoCycle(IndicatorMeta start, Dictionary<string, IndicatorMeta> codes, string source)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal) { start.Code };
        var current = start;
        while (current.Parent is not null && codes.TryGetValue(current.Parent, out var parent))
        {
            if (!visited.Add(parent.Code))
            {
                throw new IndicatorInputException(source, start.Line, "Parent",
                    $"'{start.Code}' is part of a cycle: {string.Join(" → ", visited)} → {parent.Code}.");
            }

            current = parent;
        }
    }
}
