namespace Ita.Model.Thai;

/// <summary>Character classes and tables shared by the Thai parsers and formatters.</summary>
internal static class ThaiText
{
    /// <summary>The Thai digit zero (U+0E50); the Thai digits are U+0E50–U+0E59.</summary>
    public const char ThaiZero = '\u0E50';

    private static readonly string[] FullMonths =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    private static readonly string[] AbbreviatedMonths =
    [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ];

    /// <summary>Short spoken forms (มีนา, ตุลา) and frequent misspellings or OCR forms that cannot be confused with
    /// another month.</summary>
    private static readonly (string Form, int Month)[] ExtraMonthForms =
    [
        ("มกรา", 1),
        ("กุมภาพันธ", 2), // thanthakhat (์) lost
        ("กุมภา", 2),
        ("มีนา", 3),
        ("เมษา", 4),
        ("พฤษภา", 5),
        ("มิถุนา", 6),
        ("กรกฏาคม", 7), // ฏ for ฎ: the most frequent misspelling
        ("กรกฎา", 7),
        ("กรกฏา", 7),
        ("สิงหา", 8),
        ("กันยา", 9),
        ("ตุลา", 10),
        ("พฤษจิกายน", 11), // ษ for ศ
        ("พฤศจิกา", 11),
        ("ธันวา", 12),
    ];

    /// <summary>Gets every accepted month form, as Thai letters only (dots removed), with its month number.</summary>
    public static IReadOnlyList<(string Form, int Month)> MonthForms { get; } = BuildMonthForms();

    /// <summary>Gets the full name of a month (1–12).</summary>
    /// <param name="month">The month, 1–12; checked by the caller.</param>
    /// <returns>The name, e.g. มีนาคม.</returns>
    public static string FullMonth(int month) => FullMonths[month - 1];

    /// <summary>Gets the abbreviation of a month (1–12).</summary>
    /// <param name="month">The month, 1–12; checked by the caller.</param>
    /// <returns>The abbreviation, e.g. มี.ค.</returns>
    public static string AbbreviatedMonth(int month) => AbbreviatedMonths[month - 1];

    /// <summary>White space, including the zero-width characters Thai text uses as invisible word breaks.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for white space.</returns>
    public static bool IsSpace(char c) =>
        char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>The value of an Arabic (0–9) or Thai (๐–๙) digit.</summary>
    /// <param name="c">The character.</param>
    /// <returns>0–9, or −1 when <paramref name="c"/> is not a digit.</returns>
    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= ThaiZero and <= '\u0E59' => c - ThaiZero,
        _ => -1,
    };

    /// <summary>A Thai letter, vowel or sign (U+0E01–U+0E4F); Thai digits are not letters.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for a Thai letter.</returns>
    public static bool IsThaiLetter(char c) => c is >= '\u0E01' and <= '\u0E4F';

    /// <summary>A Thai tone mark (mai ek, mai tho, mai tri, mai chattawa).</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for a tone mark.</returns>
    public static bool IsToneMark(char c) => c is >= '\u0E48' and <= '\u0E4B';

    /// <summary>Replaces every Arabic digit with the Thai digit of the same value.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with Thai digits.</returns>
    public static string ToThai(string text) => Map(text, thai: true);

    /// <summary>Replaces every Thai digit with the Arabic digit of the same value.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with Arabic digits.</returns>
    public static string ToArabic(string text) => Map(text, thai: false);

    private static string Map(string text, bool thai)
    {
        var index = thai ? text.AsSpan().IndexOfAnyInRange('0', '9') : text.AsSpan().IndexOfAnyInRange(ThaiZero, '\u0E59');
        if (index < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, thai, index), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.index; i < span.Length; i++)
            {
                var c = span[i];
                if (state.thai && c is >= '0' and <= '9')
                {
                    span[i] = (char)(ThaiZero + (c - '0'));
                }
                else if (!state.thai && c is >= ThaiZero and <= '\u0E59')
                {
                    span[i] = (char)('0' + (c - ThaiZero));
                }
            }
        });
    }

    private static (string Form, int Month)[] BuildMonthForms()
    {
        var forms = new List<(string Form, int Month)>();
        for (var m = 1; m <= 12; m++)
        {
            forms.Add((FullMonths[m - 1], m));
            forms.Add((AbbreviatedMonths[m - 1].Replace(".", string.Empty, StringComparison.Ordinal), m));
        }

        forms.AddRange(ExtraMonthForms);
        return [.. forms];
    }
}
