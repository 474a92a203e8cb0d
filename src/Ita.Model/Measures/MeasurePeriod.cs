using System.Globalization;
using Ita.Model.Thai;

namespace Ita.Model.Measures;

/// <summary>The period of a measure (ระยะเวลาดำเนินการ): a range of days, optionally with the text it was written
/// as (<c>ม.ค. – มี.ค. 65</c>, <c>ตลอดทั้งปี 2565</c>, <c>1 ต.ค. 2565 – 30 ก.ย. 2566</c>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class MeasurePeriod
{
    /// <summary>Initializes a new instance of the <see cref="MeasurePeriod"/> class.</summary>
    /// <param name="range">The days of the period.</param>
    /// <param name="text">The period as written, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or white space, or reads as a period other
    /// than <paramref name="range"/> (a document with both is rejected when read).</exception>
    public MeasurePeriod(DateRange range, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(range);
        if (text is not null)
        {
            Preconditions.NotBlank(text, nameof(text));
            if (ThaiCalendar.TryParsePeriod(text, out var written) && written != range)
            {
                throw new ArgumentException($"The text \"{text}\" reads as {written}, not {range}.", nameof(text));
            }
        }

        Range = range;
        Text = text;
    }

    /// <summary>Gets the days of the period.</summary>
    public DateRange Range { get; }

    /// <summary>Gets the first day.</summary>
    public DateOnly Start => Range.Start;

    /// <summary>Gets the last day.</summary>
    public DateOnly End => Range.End;

    /// <summary>Gets the period as written, or <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <summary>Gets a value indicating whether the period is exactly one fiscal year (1 October – 30 September).</summary>
    public bool IsWholeFiscalYear => Range == ThaiCalendar.FiscalYearRange(ThaiCalendar.FiscalYearOf(Start));

    /// <summary>Creates the period of a whole fiscal year.</summary>
    /// <param name="fiscalYear">The fiscal year (Buddhist Era), e.g. 2566.</param>
    /// <returns>The period 1 October of the previous year – 30 September.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is out of range.</exception>
    public static MeasurePeriod WholeFiscalYear(int fiscalYear) => new(ThaiCalendar.FiscalYearRange(fiscalYear));

    /// <summary>Parses a period as Thai documents write it (see <see cref="ThaiCalendar.ParsePeriod"/>), keeping the text.</summary>
    /// <param name="text">The text, e.g. <c>ม.ค. – มี.ค. 65</c>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The text is not a period; the problem says what and where.</exception>
    public static MeasurePeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new MeasurePeriod(ThaiCalendar.ParsePeriod(text), text);
    }

    /// <summary>Returns the text as written, or the ISO range.</summary>
    /// <returns>The period's text.</returns>
    public override string ToString() => Text ?? Range.ToString();
}
