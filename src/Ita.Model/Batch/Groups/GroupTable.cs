using System.Collections.ObjectModel;
using System.Globalization;

namespace Ita.Model.Batch;

/// <summary>A scored year summarised by one column of a <see cref="UnitTable"/> (province, district, type, group or any
/// other column): one <see cref="GroupSummary"/> per value plus the national row — the tables NACC publishes per
/// province and unit type (domain.md §4.3, golden G10).</summary>
/// <remarks>Groups come in the order their value first appears in the units table; the units of the year with an empty
/// value or missing from the units table form one last group with an empty value (those missing from it are also listed
/// in <see cref="UnitsNotInTable"/>). Values are compared exactly, as text (no trimming, case counts), and so are unit
/// ids. A group whose listed units are all absent from the year has a row with no units. Every unit of the year counts
/// in exactly one group and in the national row. The national row's published means are means of the units'
/// published figures, as every row's; <see cref="NationalSummary"/> rounds the mean of their exact values instead, so
/// the two can differ by 0.01. Immutable and thread-safe.</remarks>
public sealed class GroupTable
{
    private GroupTable(Edition edition, string column, IReadOnlyList<GroupSummary> groups, GroupSummary national, IReadOnlyList<string> notInTable, IReadOnlyList<string> notInYear)
    {
        Edition = edition;
        Column = column;
        Groups = groups;
        National = national;
        UnitsNotInTable = notInTable;
        UnitsNotInYear = notInYear;
    }

    /// <summary>Gets the edition whose grading scheme the counts per level follow.</summary>
    public Edition Edition { get; }

    /// <summary>Gets the grouping column.</summary>
    public string Column { get; }

    /// <summary>Gets one row per value of the grouping column.</summary>
    public IReadOnlyList<GroupSummary> Groups { get; }

    /// <summary>Gets the row of all units of the year.</summary>
    public GroupSummary National { get; }

    /// <summary>Gets the units of the year (in the year's order) that the units table does not list
    /// (<see cref="UnitTable.UnitsNotListed"/>).</summary>
    public IReadOnlyList<string> UnitsNotInTable { get; }

    /// <summary>Gets the units the table lists (in its order) that are not in the year
    /// (<see cref="UnitTable.UnitsNotIn"/>).</summary>
    public IReadOnlyList<string> UnitsNotInYear { get; }

    /// <summary>Summarises a scored year by one column of a units table.</summary>
    /// <param name="result">The scored year.</param>
    /// <param name="units">What is known about each unit.</param>
    /// <param name="column">The grouping column, e.g. <c>province</c>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="column"/> is not a column of <paramref name="units"/>.</exception>
    public static GroupTable Compute(YearResult result, UnitTable units, string column)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(column);
        var c = units.ColumnIndex(column);
        var edition = result.Edition;
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<string>();
        for (var row = 0; row < units.Count; row++)
        {
            var value = units.ValueAt(row, c);
            if (value.Length > 0 && groupOf.TryAdd(value, values.Count))
            {
                values.Add(value);
            }
        }

        var accumulators = values.Select(_ => new GroupSummary.Accumulator(edition)).ToList();
        GroupSummary.Accumulator? blank = null;
        var national = new GroupSummary.Accumulator(edition);
        foreach (var unit in result.Units)
        {
            national.Add(unit);
            var row = units.RowOf(unit.Unit.Id);
            var value = row < 0 ? string.Empty : units.ValueAt(row, c);
            if (value.Length == 0)
            {
                (blank ??= new GroupSummary.Accumulator(edition)).Add(unit);
            }
            else
            {
                accumulators[groupOf[value]].Add(unit);
            }
        }

        var groups = values.Select((v, g) => accumulators[g].Finish(v)).ToList();
        if (blank is not null)
        {
            groups.Add(blank.Finish(string.Empty));
        }

        return new GroupTable(edition, column, groups.AsReadOnly(), national.Finish(null), units.UnitsNotListed(result.Year), units.UnitsNotIn(result.Year));
    }

    /// <summary>Gets the columns of a group table of an edition, in the order <see cref="WriteCsv"/> writes them (the
    /// Excel and Parquet group tables use the same names).</summary>
    /// <remarks><c>scope</c> (<c>group</c> or <c>national</c>), the grouping column (the group's value; empty on the
    /// national row), <c>units, scored</c>, the published means <c>total, iit, eit, oit, indicator1</c> …, for each
    /// grade level of the edition its code (count) and code + <c>Share</c> (percent), <c>passed, passedShare</c>, then
    /// the exact means <c>totalExact, iitExact</c> ….</remarks>
    /// <param name="edition">The edition whose tools, indicators and grade levels are the columns.</param>
    /// <param name="column">The grouping column.</param>
    /// <returns>The column names.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="column"/> is empty or is also the name of another column (e.g.
    /// <c>units</c> or <c>total</c>), in any letter case (<c>Total</c>); or a grade level's code makes a column the table
    /// already has (a level coded <c>passed</c> or <c>iit</c>), in any letter case.</exception>
    public static IReadOnlyList<string> ColumnNames(Edition edition, string column) => GroupTableCsv.ColumnNames(edition, column);

    /// <summary>Writes the table as CSV: one row per group, then the national row (docs/batch.md), with the columns of
    /// <see cref="ColumnNames"/>.</summary>
    /// <remarks>Published means have two decimals, exact means are written in full; means are empty when a group has no
    /// scored unit. Numbers use the invariant culture; text is UTF-8.</remarks>
    /// <param name="utf8">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The grouping column is also the name of another column, or the edition's grade
    /// levels make two columns of one name (see <see cref="GroupTable.ColumnNames"/>).</exception>
    public void WriteCsv(Stream utf8) => GroupTableCsv.Write(this, utf8);

    /// <inheritdoc/>
    public override string ToString() => $"{Column}: {Groups.Count.ToString(CultureInfo.InvariantCulture)} groups, {National.UnitCount.ToString(CultureInfo.InvariantCulture)} units";
}
