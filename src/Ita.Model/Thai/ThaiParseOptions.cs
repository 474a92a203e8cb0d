namespace Ita.Model.Thai;

/// <summary>Options for parsing Thai numbers, dates and periods: where the text sits in a larger document (for
/// error paths) and how four-digit years below 2400 are read.</summary>
/// <remarks>
/// <para>Immutable and thread-safe once constructed; <see cref="Default"/> can be shared.</para>
/// <para>Example: <c>ThaiCalendar.ParseDate("31/3/2022", new ThaiParseOptions { Path = "$.period", AllowCommonEraYears = true })</c>
/// returns 2022-03-31; without <see cref="AllowCommonEraYears"/> the same call throws an
/// <see cref="ItaValidationException"/> with code <see cref="ProblemCodes.CommonEraYear"/> at <c>$.period</c>.</para>
/// </remarks>
public sealed class ThaiParseOptions
{
    private readonly string _path = "$";

    /// <summary>Gets the default options: path <c>$</c>, Buddhist Era years only.</summary>
    public static ThaiParseOptions Default { get; } = new();

    /// <summary>Gets the path reported in a <see cref="ValidationProblem"/> (default <c>$</c>), e.g.
    /// <c>$.rounds[0].period</c>.</summary>
    /// <exception cref="ArgumentException">The value is empty or white space (when set).</exception>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/> (when set).</exception>
    public string Path
    {
        get => _path;
        init
        {
            Preconditions.NotBlank(value, nameof(value));
            _path = value;
        }
    }

    /// <summary>Gets a value indicating whether a four-digit year below 2400 written without an era is read as a
    /// Common Era (ค.ศ.) year. Default <see langword="false"/>: such a year is rejected with
    /// <see cref="ProblemCodes.CommonEraYear"/>.</summary>
    /// <remarks>Years of 2400 and above are always Buddhist Era; two-digit years are always 25xx BE; a year after
    /// <c>ค.ศ.</c> is always Common Era and a year after <c>พ.ศ.</c> always Buddhist Era, whatever this option says.</remarks>
    public bool AllowCommonEraYears { get; init; }
}
