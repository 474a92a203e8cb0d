namespace Ita.Model.Batch;

/// <summary>The result of scoring a year: one <see cref="UnitResult"/> per unit, in the year's order, and the national
/// figures.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class YearResult
{
    internal YearResult(Edition edition, YearData year, IReadOnlyList<UnitResult> units, NationalSummary national)
    {
        Edition = edition;
        Year = year;
        Units = units;
        National = national;
    }

    /// <summary>Gets the edition whose rules produced the results.</summary>
    public Edition Edition { get; }

    /// <summary>Gets the data that was scored.</summary>
    public YearData Year { get; }

    /// <summary>Gets the result of every unit, in the year's order.</summary>
    public IReadOnlyList<UnitResult> Units { get; }

    /// <summary>Gets the national figures.</summary>
    public NationalSummary National { get; }

    /// <summary>Writes the per-unit results as CSV: one row per unit (docs/batch.md).</summary>
    /// <remarks>Columns: <c>unit, name, status</c> (<c>scored</c> or <c>invalid</c>), <c>total, totalExact, grade,
    /// gradeThai, passed, iit, eit, oit</c>, one column per indicator (<c>indicator1</c> …), <c>iitRespondents,
    /// eitRespondents, warnings</c> (count) and <c>problems</c> (why the unit was not scored). Presented scores have two
    /// decimals; exact values are written in full; numbers use the invariant culture; text is UTF-8.</remarks>
    /// <param name="utf8">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is <see langword="null"/>.</exception>
    public void WriteCsv(Stream utf8) => YearResultCsv.Write(this, utf8);

    /// <summary>Writes the results as one JSON document: the national figures and every unit's result
    /// (docs/batch.md).</summary>
    /// <remarks>Written as a stream (no whole-document string); Thai text as UTF-8 characters.</remarks>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public void WriteJson(Stream utf8Json) => YearResultJson.Write(this, utf8Json);

    /// <inheritdoc/>
    public override string ToString() => $"Edition {Edition.Id}: {National}";
}
