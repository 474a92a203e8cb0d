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

    /// <inheritdoc/>
    public override string ToString() => $"Edition {Edition.Id}: {National}";
}
