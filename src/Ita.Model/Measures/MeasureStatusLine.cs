using Ita.Model.Json;
using System.Globalization;
using Ita.Model.Analysis;
using Ita.Model.Thai;

namespace Ita.Model.Measures;

/// <summary>One measure's line in a status summary.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class MeasureStatusLine
{
    internal MeasureStatusLine(Measure measure, StatusEntry? entry, StatusReport? reportedIn, bool carriedForward, bool overdue)
    {
        Measure = measure;
        Entry = entry;
        ReportedIn = reportedIn;
        IsCarriedForward = carriedForward;
        IsOverdue = overdue;
    }

    /// <summary>Gets the measure.</summary>
    public Measure Measure { get; }

    /// <summary>Gets the status, or <see langword="null"/> when no report up to the round mentions the measure.</summary>
    public MeasureStatus? Status => Entry?.Status;

    /// <summary>Gets the entry the status comes from, or <see langword="null"/>.</summary>
    public StatusEntry? Entry { get; }

    /// <summary>Gets the report the entry is in, or <see langword="null"/>.</summary>
    public StatusReport? ReportedIn { get; }

    /// <summary>Gets a value indicating whether the status comes from an earlier report than the round's.</summary>
    public bool IsCarriedForward { get; }

    /// <summary>Gets a value indicating whether the measure's period ended before the summary's date without the
    /// measure being completed.</summary>
    public bool IsOverdue { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Measure.Id}: {(Status is { } s ? MeasureJson.StatusName(s) : "notReported")}{(IsOverdue ? " (overdue)" : string.Empty)}";
}
