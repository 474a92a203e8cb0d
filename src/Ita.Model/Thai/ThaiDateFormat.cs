namespace Ita.Model.Thai;

/// <summary>How <see cref="ThaiCalendar.FormatDate(DateOnly, ThaiDateFormat?)"/> writes a date: full or abbreviated
/// month, Thai or Arabic digits, Buddhist or Common Era year, with or without the era prefix.</summary>
/// <remarks>
/// <para>Immutable and thread-safe once constructed.</para>
/// <para>Examples for 2022-03-31:</para>
/// <list type="bullet">
/// <item><description><c>ThaiDateFormat.Default</c> → <c>31 มีนาคม 2565</c></description></item>
/// <item><description><c>new ThaiDateFormat { AbbreviatedMonth = true, ThaiDigits = true }</c> → <c>๓๑ มี.ค. ๒๕๖๕</c></description></item>
/// <item><description><c>new ThaiDateFormat { EraPrefix = true }</c> → <c>31 มีนาคม พ.ศ. 2565</c></description></item>
/// <item><description><c>new ThaiDateFormat { CommonEraYear = true, EraPrefix = true }</c> → <c>31 มีนาคม ค.ศ. 2022</c></description></item>
/// </list>
/// <para>Every format except a Common Era year without prefix is read back by
/// <see cref="ThaiCalendar.ParseDate(string, ThaiParseOptions?)"/> to the same date.</para>
/// </remarks>
public sealed class ThaiDateFormat
{
    /// <summary>Gets the default format: full month name, Arabic digits, Buddhist Era year, no prefix
    /// (<c>31 มีนาคม 2565</c>).</summary>
    public static ThaiDateFormat Default { get; } = new();

    /// <summary>Gets a value indicating whether the month is abbreviated (<c>มี.ค.</c>) instead of full
    /// (<c>มีนาคม</c>).</summary>
    public bool AbbreviatedMonth { get; init; }

    /// <summary>Gets a value indicating whether the digits are Thai (<c>๓๑</c>) instead of Arabic (<c>31</c>).</summary>
    public bool ThaiDigits { get; init; }

    /// <summary>Gets a value indicating whether the year is Common Era (2022) instead of Buddhist Era (2565).</summary>
    public bool CommonEraYear { get; init; }

    /// <summary>Gets a value indicating whether the year is preceded by its era, <c>พ.ศ.</c> or <c>ค.ศ.</c></summary>
    public bool EraPrefix { get; init; }
}
