using System.Globalization;
using Ita.Model.Batch;
using Parquet;
using Parquet.Schema;

namespace Ita.Model.Parquet;

/// <summary>Writes the results of a scored year as Parquet with typed columns: per-unit results (the columns of
/// <see cref="YearResultCsv"/>) and group tables (the columns of <see cref="GroupTableCsv"/>). See docs/batch.md.</summary>
/// <remarks>Types: identifiers and text are UTF-8 strings; counts are INT32; <c>passed</c> (per unit) is BOOLEAN;
/// published figures and shares are DECIMAL(5,2) (the edition's decimals; 0.00–100.00, rounded half away from zero);
/// exact values (<c>totalExact</c>, group <c>…Exact</c> means) are DECIMAL(38,28), which holds every exact value the
/// engine computes without loss. A value that does not apply (the figures of a unit that could not be scored, the means
/// of a group without scored units, the group value of the national row) is null. One row group; Snappy compression.</remarks>
public static class ParquetResults
{
    /// <summary>The precision of exact-value columns.</summary>
    public const int ExactPrecision = 38;

    /// <summary>The scale of exact-value columns.</summary>
    public const int ExactScale = 28;

    /// <summary>Writes one row per unit.</summary>
    /// <param name="result">The results.</param>
    /// <param name="stream">A writable stream, written from its position; not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The stream is not writable (read-only or closed).</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static async Task WriteUnitsAsync(YearResult result, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        ParquetYear.Writable(stream, nameof(stream));
        cancellationToken.ThrowIfCancellationRequested();
        var edition = result.Edition;
        var units = result.Units;
        var decimals = edition.Rules.Rounding.Decimals;
        var unit = new DataField<string>("unit", nullable: false);
        var name = new DataField<string>("name", nullable: true);
        var status = new DataField<string>("status", nullable: false);
        var total = Published("total", decimals);
        var totalExact = Exact("totalExact");
        var grade = new DataField<string>("grade", nullable: true);
        var gradeThai = new DataField<string>("gradeThai", nullable: true);
        var passed = new DataField<bool>("passed", nullable: true);
        var tools = edition.Tools.Select(t => Published(ToolName(t.Tool), decimals)).ToArray();
        var indicators = edition.Indicators.Select(i => Published("indicator" + i.Number.ToString(CultureInfo.InvariantCulture), decimals)).ToArray();
        var iitRespondents = new DataField<int>("iitRespondents", nullable: false);
        var eitRespondents = new DataField<int>("eitRespondents", nullable: false);
        var warnings = new DataField<int>("warnings", nullable: false);
        var problems = new DataField<string>("problems", nullable: true);
        var fields = new List<Field> { unit, name, status, total, totalExact, grade, gradeThai, passed };
        fields.AddRange(tools);
        fields.AddRange(indicators);
        fields.AddRange([iitRespondents, eitRespondents, warnings, problems]);

        var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), new WriteFromHere(stream), cancellationToken: cancellationToken).ConfigureAwait(false);
        await using var scope = writer.ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(unit, units.Select(u => u.Unit.Id).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(name, units.Select(u => u.Unit.Name).ToArray()!).ConfigureAwait(false);
        await group.WriteAsync(status, units.Select(u => u.IsScored ? "scored" : "invalid").ToArray()).ConfigureAwait(false);
        await WriteDecimals(group, total, units.Select(u => u.Total?.Rounded), cancellationToken).ConfigureAwait(false);
        await WriteDecimals(group, totalExact, units.Select(u => u.Total?.Exact), cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(grade, units.Select(u => u.Grade?.Code).ToArray()!).ConfigureAwait(false);
        await group.WriteAsync(gradeThai, units.Select(u => u.Grade?.Thai).ToArray()!).ConfigureAwait(false);
        await group.WriteAsync<bool>(passed, units.Select(u => u.IsScored ? u.Passed : (bool?)null).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        for (var t = 0; t < tools.Length; t++)
        {
            var k = t;
            await WriteDecimals(group, tools[t], units.Select(u => u.IsScored ? u.ToolScores[k].Rounded : (decimal?)null), cancellationToken).ConfigureAwait(false);
        }

        for (var i = 0; i < indicators.Length; i++)
        {
            var k = i;
            await WriteDecimals(group, indicators[i], units.Select(u => u.IsScored ? u.IndicatorScores[k].Rounded : (decimal?)null), cancellationToken).ConfigureAwait(false);
        }

        await group.WriteAsync<int>(iitRespondents, units.Select(u => u.Unit.IitRespondents).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(eitRespondents, units.Select(u => u.Unit.EitRespondents).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(warnings, units.Select(u => u.Warnings.Count).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(problems, units.Select(u => u.IsScored ? null : string.Join(" | ", u.Problems.Select(p => p.ToString()))).ToArray()!).ConfigureAwait(false);
    }

    /// <summary>Writes a group table: one row per group, then the national row.</summary>
    /// <param name="table">The table.</param>
    /// <param name="stream">A writable stream, written from its position; not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    /// <exception cref="ArgumentException">The stream is not writable (read-only or closed); or the grouping column is also
    /// the name of another column, or the edition's grade levels make two columns of one name (see
    /// <see cref="GroupTable.ColumnNames"/>).</exception>
    public static async Task WriteGroupsAsync(GroupTable table, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(stream);
        ParquetYear.Writable(stream, nameof(stream));
        cancellationToken.ThrowIfCancellationRequested();
        var edition = table.Edition;
        var names = GroupTableCsv.ColumnNames(edition, table.Column);
        var rows = table.Groups.Append(table.National).ToArray();
        var decimals = edition.Rules.Rounding.Decimals;
        var figures = 1 + edition.Tools.Count + edition.Indicators.Count;
        var means = rows.Select(r => Means(edition, r)).ToArray();

        var scopeField = new DataField<string>("scope", nullable: false);
        var value = new DataField<string>(table.Column, nullable: true);
        var unitCount = new DataField<int>("units", nullable: false);
        var scored = new DataField<int>("scored", nullable: false);
        var published = names.Skip(4).Take(figures).Select(f => Published(f, decimals)).ToArray();
        var levels = edition.Grading.Levels;
        var levelCounts = levels.Select(l => new DataField<int>(l.Code, nullable: false)).ToArray();
        var levelShares = levels.Select(l => Published(l.Code + "Share", decimals)).ToArray();
        var passed = new DataField<int>("passed", nullable: false);
        var passedShare = Published("passedShare", decimals);
        var exact = names.Skip(names.Count - figures).Select(Exact).ToArray();
        var fields = new List<Field> { scopeField, value, unitCount, scored };
        fields.AddRange(published);
        for (var l = 0; l < levels.Count; l++)
        {
            fields.Add(levelCounts[l]);
            fields.Add(levelShares[l]);
        }

        fields.Add(passed);
        fields.Add(passedShare);
        fields.AddRange(exact);

        var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), new WriteFromHere(stream), cancellationToken: cancellationToken).ConfigureAwait(false);
        await using var scope = writer.ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(scopeField, rows.Select(r => r.IsNational ? "national" : "group").ToArray()).ConfigureAwait(false);
        await group.WriteAsync(value, rows.Select(r => r.Value).ToArray()!).ConfigureAwait(false);
        await group.WriteAsync<int>(unitCount, rows.Select(r => r.UnitCount).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(scored, rows.Select(r => r.ScoredUnitCount).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        for (var f = 0; f < figures; f++)
        {
            var k = f;
            await WriteDecimals(group, published[f], means.Select(m => m[k]?.Published), cancellationToken).ConfigureAwait(false);
        }

        for (var l = 0; l < levels.Count; l++)
        {
            var k = l;
            await group.WriteAsync<int>(levelCounts[l], rows.Select(r => r.Grades[k].Count).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await WriteDecimals(group, levelShares[l], rows.Select(r => r.ScoredUnitCount == 0 ? (decimal?)null : r.Grades[k].Share.Rounded), cancellationToken).ConfigureAwait(false);
        }

        await group.WriteAsync<int>(passed, rows.Select(r => r.PassedCount).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await WriteDecimals(group, passedShare, rows.Select(r => r.PassShare?.Rounded), cancellationToken).ConfigureAwait(false);
        for (var f = 0; f < figures; f++)
        {
            var k = f;
            await WriteDecimals(group, exact[f], means.Select(m => m[k]?.Exact), cancellationToken).ConfigureAwait(false);
        }
    }

    internal static string ToolName(Tool tool) => tool.ToString().ToLowerInvariant();

    private static GroupMean?[] Means(Edition edition, GroupSummary group)
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

    private static DecimalDataField Published(string name, int decimals) => new(name, 3 + decimals, decimals, forceByteArrayEncoding: false, isNullable: true);

    private static DecimalDataField Exact(string name) => new(name, ExactPrecision, ExactScale, forceByteArrayEncoding: false, isNullable: true);

    private static Task WriteDecimals(ParquetRowGroupWriter group, DataField field, IEnumerable<decimal?> values, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested(); // Parquet.Net does not check it for a column in memory
        return group.WriteAsync<decimal>(field, values.ToArray(), cancellationToken: cancellationToken);
    }
}
