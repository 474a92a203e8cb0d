namespace Ita.Model.Thai;

/// <summary>The <see cref="ValidationProblem.Code"/> values reported by the Thai number, date and period parsers.</summary>
/// <remarks>The codes are stable across releases; match on them rather than on messages.</remarks>
public static class ThaiProblemCodes
{
    /// <summary>The text is <see langword="null"/>, empty or white space.</summary>
    public const string Empty = "empty";

    /// <summary>The text is not a number: a character that is not a digit, sign, decimal point or well-placed
    /// thousands separator, or a number too large or too precise for <see cref="decimal"/>.</summary>
    public const string InvalidNumber = "invalid-number";

    /// <summary>The text does not have the expected shape: something other than what was expected was found (the
    /// message says what was expected), or text follows a complete date.</summary>
    public const string Syntax = "syntax";

    /// <summary>A Thai word in the place of a month name is not a known month name or abbreviation.</summary>
    public const string UnknownMonth = "unknown-month";

    /// <summary>A numeric month (in <c>31/3/2565</c>) is not between 1 and 12.</summary>
    public const string InvalidMonth = "invalid-month";

    /// <summary>The day does not exist in its month (<c>31 เม.ย. 2565</c>, <c>29 ก.พ. 2566</c>, <c>0 ม.ค. 2565</c>).</summary>
    public const string InvalidDay = "invalid-day";

    /// <summary>A year has a number of digits other than 2 or 4, or contradicts its era prefix (ค.ศ. 2565).</summary>
    public const string InvalidYear = "invalid-year";

    /// <summary>A four-digit year below 2400 without an era prefix, which looks like a Common Era year, when
    /// <see cref="ThaiParseOptions.AllowCommonEraYears"/> is off; or a year below 2400 after พ.ศ.</summary>
    public const string CommonEraYear = "common-era-year";

    /// <summary>A range ends before it starts.</summary>
    public const string InvalidRange = "invalid-range";
}
