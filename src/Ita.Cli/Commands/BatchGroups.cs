using System.CommandLine;
using System.Globalization;
using Ita.Model;
using Ita.Model.Batch;
using Ita.Model.Office.Excel;
using Ita.Model.Parquet;

namespace Ita.Cli;

/// <summary>The group tables of <c>ita batch</c>: <c>--units units.csv --group-by province [--group-out groups.csv]</c>,
/// repeatable (docs/batch.md).</summary>
internal sealed class BatchGroups
{
    private BatchGroups(UnitTable units, string unitsName, string[] columns, FileInfo[] outputs)
    {
        Units = units;
        UnitsName = unitsName;
        Columns = columns;
        Outputs = outputs;
    }

    public UnitTable Units { get; }

    public string UnitsName { get; }

    public string[] Columns { get; }

    public FileInfo[] Outputs { get; }

    public static Option<FileInfo?> UnitsOption() => new("--units") { Description = "A CSV file describing the units (header with 'unit' and any of name,type,group,province,district or other columns) to group the results by." };

    public static Option<string[]> GroupByOption() => new("--group-by")
    {
        Description = "Summarise the units by this column of --units (province, district, type, group or any other): one row per value plus a national row. Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<FileInfo[]> GroupOutOption() => new("--group-out") { Description = "Write the group table of each --group-by (in order) to this file (.csv, .xlsx or .parquet). Repeatable." };

    /// <summary>Reads the units file and checks the grouping options before the year is read.</summary>
    /// <param name="unitsFile">The units file (<c>--units</c>).</param>
    /// <param name="groupBy">The grouping columns (<c>--group-by</c>).</param>
    /// <param name="groupOut">The tables' files (<c>--group-out</c>).</param>
    /// <param name="editions">The editions given on the command line (<c>--edition-file</c>, <c>--variant</c>), whose
    /// figure columns a grouping column may not be named like, as the built-in ones'.</param>
    /// <returns>The plan (<see langword="null"/> when no grouping is asked for), or the usage error.</returns>
    public static (BatchGroups? Plan, string? Error) Prepare(FileInfo? unitsFile, string[]? groupBy, FileInfo[]? groupOut, IEnumerable<Edition> editions)
    {
        groupBy ??= [];
        groupOut ??= [];
        if (unitsFile is null)
        {
            return (null, groupBy.Length > 0 || groupOut.Length > 0 ? "--group-by and --group-out need --units (a CSV file with a 'unit' column and the columns to group by)." : null);
        }

        if (!unitsFile.Exists)
        {
            throw new FileNotFoundException($"Units file not found: {unitsFile.FullName}", unitsFile.FullName);
        }

        if (groupOut.Length > 0 && groupOut.Length != groupBy.Length)
        {
            return (null, $"give one --group-out per --group-by ({groupBy.Length.ToString(CultureInfo.InvariantCulture)} --group-by, {groupOut.Length.ToString(CultureInfo.InvariantCulture)} --group-out).");
        }

        foreach (var target in groupOut.Where(g => !Formats.Contains(g.Extension, StringComparer.OrdinalIgnoreCase)))
        {
            return (null, $"--group-out {target}: a group table is written as .csv, .xlsx or .parquet; name the file with one of these extensions.");
        }

        if (Ita.Model.Parquet.ParquetYear.IsParquet(unitsFile.FullName))
        {
            return (null, $"--units {unitsFile.Name} is a Parquet file; the units file is CSV: {UnitsFileIs}.");
        }

        UnitTable units;
        try
        {
            units = UnitTable.LoadFile(unitsFile.FullName);
        }
        catch (ItaValidationException ex)
        {
            // Said after the problems: which file they are of (the units file, not an input) and what it should be.
            ex.Data[CliApp.HintKey] = $"{unitsFile.Name} is the units file (--units): {UnitsFileIs}.";
            throw;
        }

        foreach (var column in groupBy)
        {
            if (!units.HasColumn(column))
            {
                return (null, $"--group-by {column}: {unitsFile.Name} has no column '{column}'; its columns are {string.Join(", ", units.Columns.Select(c => $"'{c}'"))}.");
            }

            if (TableProblem(column, editions) is { } problem)
            {
                return (null, string.Equals(problem.ParamName, "column", StringComparison.Ordinal)
                    ? $"--group-by {column}: {Message(problem)} Rename the column in {unitsFile.Name}."
                    : $"--group-by {column}: {Message(problem)}");
            }
        }

        return (new BatchGroups(units, unitsFile.Name, groupBy, groupOut), null);
    }

    /// <summary>What a units file is, for messages.</summary>
    private const string UnitsFileIs = "a header naming a 'unit' column and the columns to group by, then a row per unit, in UTF-8 (Excel: CSV UTF-8)";

    /// <summary>The extensions of the files a group table is written to.</summary>
    private static readonly string[] Formats = [".csv", ".xlsx", ".parquet"];

    /// <summary>An argument exception's message without the " (Parameter 'x')" .NET adds.</summary>
    private static string Message(ArgumentException ex) => ex.ParamName is { } name ? ex.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : ex.Message;

    /// <summary>Why a group table of one of the editions (built in, or given on the command line) cannot have the
    /// grouping column: another column has its name, or the edition's grade levels make two columns of one name.</summary>
    /// <returns>The problem (its parameter <c>column</c> when the grouping column is the problem, <c>edition</c> when
    /// the edition is), or <see langword="null"/>.</returns>
    private static ArgumentException? TableProblem(string column, IEnumerable<Edition> editions)
    {
        foreach (var edition in Edition.All.Concat(editions))
        {
            try
            {
                _ = GroupTable.ColumnNames(edition, column);
            }
            catch (ArgumentException ex)
            {
                return ex;
            }
        }

        return null;
    }

    /// <summary>Computes the tables, writes the files, prints one line per table and the units that do not match.</summary>
    public void Finish(CliContext context, YearResult result)
    {
        var n = (int v) => v.ToString("N0", CultureInfo.InvariantCulture);
        if (Columns.Length == 0)
        {
            // --units alone: no table, but the join is still checked and its mismatches reported.
            Report(context, Units.UnitsNotListed(result.Year), be => $"of the year {be} not in {UnitsName}");
            Report(context, Units.UnitsNotIn(result.Year), be => $"listed in {UnitsName} {be} not in the year");
            return;
        }

        var reported = false;
        for (var g = 0; g < Columns.Length; g++)
        {
            var table = GroupTable.Compute(result, Units, Columns[g]);
            if (g < Outputs.Length)
            {
                var target = Outputs[g];
                OutputFile.Write(target.FullName, stream =>
                {
                    if (string.Equals(target.Extension, ".parquet", StringComparison.OrdinalIgnoreCase))
                    {
                        ParquetResults.WriteGroupsAsync(table, stream).GetAwaiter().GetResult();
                    }
                    else if (string.Equals(target.Extension, ".xlsx", StringComparison.OrdinalIgnoreCase))
                    {
                        ExcelExport.WriteGroupTable(table, stream);
                    }
                    else
                    {
                        table.WriteCsv(stream);
                    }
                });
                context.Out.WriteLine($"  groups      by {table.Column}: {BatchCommand.Count(table.Groups.Count, "group")} → {target.Name}");
            }
            else
            {
                context.Out.WriteLine($"  groups      by {table.Column}: {BatchCommand.Count(table.Groups.Count, "group")}");
                foreach (var group in table.Groups)
                {
                    // The means and the share are of the scored units: their number is shown when some are not scored.
                    var label = group.Value!.Length == 0 ? "(none)" : group.Value;
                    var scored = group.ScoredUnitCount == group.UnitCount ? string.Empty : $" ({n(group.ScoredUnitCount)} scored)";
                    context.Out.WriteLine($"    {label}: {BatchCommand.Count(group.UnitCount, "unit")}{scored}, mean total {group.MeanTotal?.Published.ToString("F2", CultureInfo.InvariantCulture) ?? "-"}, passed {n(group.PassedCount)}{(group.PassShare is { } share ? $" ({share} %)" : string.Empty)}");
                }
            }

            // Values are compared exactly: one with a space at an end (as spreadsheets leave them), or a character that
            // shows as nothing (a zero-width space, common in Thai text), is a group of its own.
            var spaced = table.Groups.Select(group => group.Value!).Where(v => v.Length > 0 && (Blank(v[0]) || Blank(v[^1]))).ToList();
            if (spaced.Count > 0)
            {
                context.Error.WriteLine($"warning: {BatchCommand.Count(spaced.Count, $"{table.Column} value")} of {UnitsName} {(spaced.Count == 1 ? "begins or ends" : "begin or end")} with a space or an invisible character, so {(spaced.Count == 1 ? "it is a group" : "each is a group")} of its own: {string.Join(", ", spaced.Take(10).Select(v => $"'{Visible(v)}'"))}{(spaced.Count > 10 ? $" … and {(spaced.Count - 10).ToString("N0", CultureInfo.InvariantCulture)} more" : string.Empty)}");
            }

            if (!reported)
            {
                reported = true;
                Report(context, table.UnitsNotInTable, be => $"of the year {be} not in {UnitsName} (grouped under an empty value)");
                Report(context, table.UnitsNotInYear, be => $"listed in {UnitsName} {be} not in the year");
            }
        }
    }

    /// <summary>Whether a character shows as nothing: white space, or a zero-width space, joiner or byte-order mark.</summary>
    private static bool Blank(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>A value with its invisible characters shown as <c>\u200B</c>.</summary>
    private static string Visible(string value) =>
        string.Concat(value.Select(c => Blank(c) && !char.IsWhiteSpace(c) ? $"\\u{((int)c).ToString("X4", CultureInfo.InvariantCulture)}" : c.ToString()));

    /// <summary>Warns of units that do not match: "1 unit of the year is not in …", "2 units … are …".</summary>
    /// <param name="context">Where to write.</param>
    /// <param name="units">The units.</param>
    /// <param name="what">What is said of them after "N unit(s)", given "is" or "are".</param>
    private static void Report(CliContext context, IReadOnlyList<string> units, Func<string, string> what)
    {
        if (units.Count == 0)
        {
            return;
        }

        var said = what(units.Count == 1 ? "is" : "are");
        context.Error.WriteLine($"warning: {BatchCommand.Count(units.Count, "unit")} {said}: {string.Join(", ", units.Take(10))}{(units.Count > 10 ? $" … and {(units.Count - 10).ToString("N0", CultureInfo.InvariantCulture)} more" : string.Empty)}");
    }
}
