using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ita.Model.Thai;

/// <summary>Reads and writes numbers with Thai digits (๐๑๒๓๔๕๖๗๘๙), Arabic digits, or both mixed in one number, as
/// published ITA scores are (<c>๙๐.๔๒</c>).</summary>
/// <remarks>
/// <para>Stateless and thread-safe; the result never depends on the current culture.</para>
/// <para>Examples:</para>
/// <list type="bullet">
/// <item><description><c>ThaiNumbers.Parse("๙๐.๔๒")</c> → <c>90.42m</c></description></item>
/// <item><description><c>ThaiNumbers.Parse("๑๐๐.๐๐")</c> → <c>100.00m</c> (scale 2 kept: <c>ToString()</c> gives
/// <c>100.00</c>)</description></item>
/// <item><description><c>ThaiNumbers.Parse("๙0.4๒")</c> → <c>90.42m</c> (mixed digits)</description></item>
/// <item><description><c>ThaiNumbers.ToThaiDigits("90.42")</c> → <c>๙๐.๔๒</c></description></item>
/// <item><description><c>ThaiNumbers.Format(71.695m, 2)</c> → <c>๗๑.๗๐</c> (half away from zero)</description></item>
/// </list>
/// </remarks>
public static class ThaiNumbers
{
    /// <summary>Parses a decimal number written with Thai and/or Arabic digits, keeping the written scale.</summary>
    /// <param name="text">The text: optional white space, an optional sign (<c>+</c>, <c>-</c> or <c>−</c>), digits
    /// with optional thousands separators in groups of three (<c>1,234</c>), an optional decimal point <c>.</c> followed
    /// by at least one digit, optional white space. At most 28 significant digits.</param>
    /// <param name="options">The options (only <see cref="ThaiParseOptions.Path"/> is used), or
    /// <see langword="null"/> for the defaults.</param>
    /// <returns>The number; <c>"๑๐๐.๐๐"</c> gives <c>100.00m</c> with scale 2.</returns>
    /// <remarks><c>Parse("90,42")</c> throws: the comma is a thousands separator in Thai, never a decimal point.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The text is not a number; the single
    /// <see cref="ValidationProblem"/> has code <see cref="ProblemCodes.Empty"/> or
    /// <see cref="ProblemCodes.InvalidNumber"/>, the options' path, the column of the offending character and a
    /// message quoting it.</exception>
    public static decimal Parse(string text, ThaiParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new ThaiTextParser(text, options);
        return parser.ParseNumber(out var value) ? value : throw parser.ToException();
    }

    /// <summary>Tries to parse a decimal number written with Thai and/or Arabic digits; see
    /// <see cref="Parse(string, ThaiParseOptions?)"/>.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="value">The number, or 0 when the text is not a number.</param>
    /// <returns><see langword="true"/> when the text is a number.</returns>
    /// <remarks>Example: <c>TryParse("๙๐.๔๒", out var v)</c> is <see langword="true"/> with <c>v == 90.42m</c>;
    /// <c>TryParse("๙๐x", out _)</c> is <see langword="false"/>. Never throws.</remarks>
    public static bool TryParse([NotNullWhen(true)] string? text, out decimal value) =>
        TryParse(text, null, out value, out _);

    /// <summary>Tries to parse a decimal number written with Thai and/or Arabic digits, reporting why it is not one;
    /// see <see cref="Parse(string, ThaiParseOptions?)"/>.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="value">The number, or 0 on failure.</param>
    /// <param name="problem">On failure, what is wrong and where; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text is a number.</returns>
    /// <remarks>Never throws. Example: <c>TryParse("๙๐x", null, out _, out var p)</c> gives a problem with code
    /// <c>invalid-number</c>, column 3.</remarks>
    public static bool TryParse([NotNullWhen(true)] string? text, ThaiParseOptions? options, out decimal value, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        var parser = new ThaiTextParser(text, options);
        var ok = parser.ParseNumber(out value);
        problem = parser.Problem;
        return ok;
    }

    /// <summary>Replaces every Arabic digit 0–9 with the Thai digit of the same value; other characters are kept.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with Thai digits; <c>"90.42"</c> → <c>"๙๐.๔๒"</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string ToThaiDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ThaiText.ToThai(text);
    }

    /// <summary>Replaces every Thai digit ๐–๙ with the Arabic digit of the same value; other characters are kept.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with Arabic digits; <c>"๓1 มีนาคม ๒๕65"</c> → <c>"31 มีนาคม 2565"</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string ToArabicDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ThaiText.ToArabic(text);
    }

    /// <summary>Formats a number with exactly <paramref name="decimals"/> decimals, rounded half away from zero, in Thai
    /// or Arabic digits, without thousands separators.</summary>
    /// <param name="value">The number.</param>
    /// <param name="decimals">The number of decimals, 0–28.</param>
    /// <param name="thaiDigits"><see langword="true"/> (default) for Thai digits, <see langword="false"/> for
    /// Arabic digits.</param>
    /// <returns>The text; <c>Format(90.42m, 2)</c> → <c>๙๐.๔๒</c>, <c>Format(100m, 2, false)</c> → <c>100.00</c>,
    /// <c>Format(71.695m, 2)</c> → <c>๗๑.๗๐</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28.</exception>
    public static string Format(decimal value, int decimals, bool thaiDigits = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 28);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var text = rounded.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return thaiDigits ? ThaiText.ToThai(text) : text;
    }

    /// <summary>Formats a number with its own scale (as many decimals as it carries), in Thai or Arabic digits,
    /// without thousands separators.</summary>
    /// <param name="value">The number.</param>
    /// <param name="thaiDigits"><see langword="true"/> (default) for Thai digits, <see langword="false"/> for
    /// Arabic digits.</param>
    /// <returns>The text; <c>Format(100.00m)</c> → <c>๑๐๐.๐๐</c>, <c>Format(-0.5m, false)</c> → <c>-0.5</c>.</returns>
    /// <remarks><c>Parse(Format(x))</c> gives back <c>x</c> with the same scale.</remarks>
    public static string Format(decimal value, bool thaiDigits = true)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return thaiDigits ? ThaiText.ToThai(text) : text;
    }
}
