using System.Globalization;
using System.Text;

namespace Ita.Model.Batch;

/// <summary>Writes a <see cref="GroupTable"/> as CSV: one row per group, then the national row (docs/batch.md).</summary>
/// <remarks>Columns (<see cref="ColumnNames"/>): <c>scope</c> (<c>group</c> or <c>national</c>), the grouping column
/// (the group's value; empty on the national row), <c>units, scored</c>, the published means <c>total, iit, eit, oit,
/// indicator1</c> … (two decimals), for each grade level of the edition its code (count) and code + <c>Share</c>
/// (percent), <c>passed, passedShare</c>, then the exact means <c>totalExact, iitExact</c> … written in full. Means are
/// empty when a group has no scored unit. Numbers use the invariant culture; text is UTF-8.</remarks>
internal static class GroupTableCsv
{
    /// <summary>Gets the columns of a group table of an edition, in the order written.</summary>
    /// <param name="edition">The edition whose tools, indicators and grade levels are the columns.</param>
    /// <param name="column">The grouping column.</param>
    /// <returns>The column names.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="column"/> is empty or is also the name of another column
    /// (e.g. <c>units</c> or <c>total</c>), in any letter case (parameter <c>column</c>); or a grade level's code makes
    /// a column the table already has (<c>passed</c>, <c>iit</c> …), in any letter case (parameter <c>edition</c>).</exception>
    public static IReadOnlyList<string> ColumnNames(Edition edition, string column)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentException.ThrowIfNullOrEmpty(column);
        var figures = FigureNames(edition);
        var names = new List<string> { "scope", "units", "scored" };
        names.AddRange(figures);
        names.AddRange(edition.Grading.Levels.SelectMany(level => new[] { level.Code, level.Code + "Share" }));
        names.Add("passed");
        names.Add("passedShare");
        names.AddRange(figures.Select(f => f + "Exact"));

        // Names differ in more than letter case: DuckDB, Excel and pandas users tell columns apart without it. The
        // fixed names do; a grade level's code (an edition's data) may not.
        if (names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } clash)
        {
            var level = edition.Grading.Levels.FirstOrDefault(l => clash.Any(n => string.Equals(n, l.Code, StringComparison.Ordinal) || string.Equals(n, l.Code + "Share", StringComparison.Ordinal)));
            var spelled = clash.Distinct(StringComparer.Ordinal).ToList();
            throw new ArgumentException($"Edition {edition.Id} cannot make a group table: {(level is null ? string.Empty : $"its grade level '{level.Code}' makes ")}two columns named '{string.Join("' and '", spelled)}'{CaseOnly(spelled.Count > 1)}.", nameof(edition));
        }

        if (names.Find(n => string.Equals(n, column, StringComparison.OrdinalIgnoreCase)) is { } same)
        {
            // A column every group table has is named as such; a grade level's, with the edition whose level it is.
            var ofLevel = edition.Grading.Levels.Any(l => string.Equals(same, l.Code, StringComparison.Ordinal) || string.Equals(same, l.Code + "Share", StringComparison.Ordinal));
            throw new ArgumentException($"Cannot group by '{column}': {(ofLevel ? $"a group table of edition {edition.Id}" : "the group table")} has a column '{same}'{CaseOnly(!string.Equals(same, column, StringComparison.Ordinal))}.", nameof(column));
        }

        names.Insert(1, column);
        return names.AsReadOnly();
    }

    /// <summary>Why names that differ only in letter case clash, when they do.</summary>
    private static string CaseOnly(bool differInCase) => differInCase ? " (names must differ in more than letter case)" : string.Empty;

    /// <summary>Writes the table.</summary>
    /// <param name="table">The table.</param>
    /// <param name="utf8">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The grouping column is also the name of another column, or the edition's grade
    /// levels make two columns of one name (see <see cref="GroupTable.ColumnNames"/>).</exception>
    public static void Write(GroupTable table, Stream utf8)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(utf8);
        var edition = table.Edition;
        var decimals = "F" + edition.Rules.Rounding.Decimals.ToString(CultureInfo.InvariantCulture);
        using var w = new StreamWriter(utf8, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        w.Write(string.Join(',', ColumnNames(edition, table.Column).Select(Quote)) + "\n");
        var line = new StringBuilder();
        foreach (var group in table.Groups.Append(table.National))
        {
            line.Clear();
            line.Append(group.IsNational ? "national," : "group,").Append(Quote(group.Value ?? string.Empty))
                .Append(',').Append(group.UnitCount.ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(group.ScoredUnitCount.ToString(CultureInfo.InvariantCulture));
            var means = Means(edition, group);
            foreach (var mean in means)
            {
                line.Append(',').Append(mean is { } m ? m.Published.ToString(decimals, CultureInfo.InvariantCulture) : string.Empty);
            }

            foreach (var grade in group.Grades)
            {
                line.Append(',').Append(grade.Count.ToString(CultureInfo.InvariantCulture))
                    .Append(',').Append(group.ScoredUnitCount == 0 ? string.Empty : grade.Share.Rounded.ToString(decimals, CultureInfo.InvariantCulture));
            }

            line.Append(',').Append(group.PassedCount.ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(group.PassShare is { } share ? share.Rounded.ToString(decimals, CultureInfo.InvariantCulture) : string.Empty);
            foreach (var mean in means)
            {
                line.Append(',').Append(mean is { } m ? m.Exact.ToString(CultureInfo.InvariantCulture) : string.Empty);
            }

            line.Append('\n');
            w.Write(line);
        }
    }

    /// <summary>Gets the names of the mean figures in order: total, the tools, the indicators.</summary>
    internal static List<string> FigureNames(Edition edition)
    {
        var names = new List<string> { "total" };
        names.AddRange(edition.Tools.Select(t => JsonNames.ToJson(t.Tool)));
        names.AddRange(edition.Indicators.Select(i => "indicator" + i.Number.ToString(CultureInfo.InvariantCulture)));
        return names;
    }

    /// <summary>Gets a group's means in <see cref="FigureNames"/> order (all <see langword="null"/> without scored units).</summary>
    internal static GroupMean?[] Means(Edition edition, GroupSummary group)
    {
        var means = new GroupMean?[1 + edition.Tools.Count + edition.Indicators.Count];
        if (group.MeanTotal is not { } total)
        {
            return means;
        }

        means[0] = total;
        for (var t = 0; t < edition.Tools.Count; t++)
        {
            means[1 + t] = group.ToolMeans[edition.Tools[t].Tool];
        }

        for (var i = 0; i < edition.Indicators.Count; i++)
        {
            means[1 + edition.Tools.Count + i] = group.IndicatorMeans[edition.Indicators[i].Number];
        }

        return means;
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
