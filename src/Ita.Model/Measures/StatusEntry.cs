namespace Ita.Model.Measures;

/// <summary>One measure's status in a status report, with a note and evidence.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class StatusEntry
{
    /// <summary>Initializes a new instance of the <see cref="StatusEntry"/> class.</summary>
    /// <param name="measureId">The id of the measure in its plan.</param>
    /// <param name="status">The status at the report.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <param name="evidence">Evidence: links or where to check (<c>ตรวจสอบในเว็บไซต์ของหน่วยงาน</c>), or
    /// <see langword="null"/>.</param>
    /// <param name="reopenReason">Why the status goes back from an earlier report's (e.g. completed → in progress);
    /// required for a step back and only then.</param>
    /// <exception cref="ArgumentException">A text is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public StatusEntry(string measureId, MeasureStatus status, string? note = null, IEnumerable<string>? evidence = null, string? reopenReason = null)
    {
        Preconditions.NotBlank(measureId, nameof(measureId));
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status.");
        }

        if (note is not null)
        {
            Preconditions.NotBlank(note, nameof(note));
        }

        if (reopenReason is not null)
        {
            Preconditions.NotBlank(reopenReason, nameof(reopenReason));
        }

        var links = (evidence ?? []).ToArray();
        foreach (var link in links)
        {
            Preconditions.NotBlank(link, nameof(evidence));
        }

        MeasureId = measureId;
        Status = status;
        Note = note;
        Evidence = links;
        ReopenReason = reopenReason;
    }

    /// <summary>Gets the measure's id.</summary>
    public string MeasureId { get; }

    /// <summary>Gets the status.</summary>
    public MeasureStatus Status { get; }

    /// <summary>Gets the note, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Gets the evidence links or descriptions.</summary>
    public IReadOnlyList<string> Evidence { get; }

    /// <summary>Gets the reason for a step back, or <see langword="null"/>.</summary>
    public string? ReopenReason { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{MeasureId}: {MeasureJson.StatusName(Status)}";
}
