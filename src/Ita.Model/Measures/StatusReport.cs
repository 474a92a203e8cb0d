using System.Globalization;
using Ita.Model.Thai;

namespace Ita.Model.Measures;

/// <summary>A status report at a reporting round (รอบ 6 เดือน, รอบ 12 เดือน, or custom dates): the status of each
/// measure reported.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class StatusReport
{
    /// <summary>Initializes a new instance of the <see cref="StatusReport"/> class.</summary>
    /// <param name="round">The reporting round.</param>
    /// <param name="entries">The entries; at most one per measure.</param>
    /// <param name="asOf">The date of the report, or <see langword="null"/> for the round's last day.</param>
    /// <exception cref="ArgumentNullException"><paramref name="round"/> or <paramref name="entries"/> is (or contains)
    /// <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two entries name the same measure, or the report is dated before the round
    /// starts.</exception>
    public StatusReport(ReportingRound round, IEnumerable<StatusEntry> entries, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToArray();
        if (list.Any(e => e is null))
        {
            throw new ArgumentNullException(nameof(entries), "An entry is null.");
        }

        var duplicate = list.GroupBy(e => e.MeasureId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two entries report measure '{duplicate.Key}'.", nameof(entries));
        }

        var date = asOf ?? round.Range.End;
        if (date < round.Range.Start)
        {
            throw new ArgumentException($"The report is dated {MeasureJson.Iso(date)}, before its round starts ({MeasureJson.Iso(round.Range.Start)}).", nameof(asOf));
        }

        Round = round;
        Entries = list;
        AsOf = date;
    }

    /// <summary>Gets the reporting round.</summary>
    public ReportingRound Round { get; }

    /// <summary>Gets the date of the report.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets the entries.</summary>
    public IReadOnlyList<StatusEntry> Entries { get; }

    /// <summary>Gets a measure's entry, or <see langword="null"/> when the report does not mention it.</summary>
    /// <param name="measureId">The measure's id.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public StatusEntry? EntryFor(string measureId) => Entries.FirstOrDefault(e => string.Equals(e.MeasureId, measureId, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override string ToString() => $"{Round} as of {MeasureJson.Iso(AsOf)}: {Entries.Count.ToString(CultureInfo.InvariantCulture)} entries";
}
