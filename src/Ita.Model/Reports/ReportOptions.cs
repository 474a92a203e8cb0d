namespace Ita.Model.Reports;

/// <summary>How a report is rendered.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReportOptions
{
    /// <summary>Initializes a new instance of the <see cref="ReportOptions"/> class.</summary>
    /// <param name="language">The language of labels (default bilingual).</param>
    /// <param name="thaiDigits">Whether numbers, years and dates are written with Thai digits (<c>๙๐.๔๒</c>), as
    /// agencies publish them; item codes and the HTML chart's geometry stay in Arabic digits.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public ReportOptions(ReportLanguage language = ReportLanguage.Bilingual, bool thaiDigits = false)
    {
        if (!Enum.IsDefined(language))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown report language.");
        }

        Language = language;
        ThaiDigits = thaiDigits;
    }

    /// <summary>Gets the default options: bilingual labels, Arabic digits.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>Gets the language of labels.</summary>
    public ReportLanguage Language { get; }

    /// <summary>Gets a value indicating whether numbers, years and dates are written with Thai digits.</summary>
    public bool ThaiDigits { get; }

    /// <summary>Gets the widest a line of <see cref="ReportFormat.Text"/> output may be, in display cells (Thai vowel
    /// and tone marks take none), or <see langword="null"/> (the default) for no limit, when only table cells wider
    /// than 56 cells wrap. With a width, paragraphs wrap, table columns with text wrap inside the column, and a table
    /// whose columns cannot fit is written as stacked rows (one <c>header: value</c> line per column).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 40.</exception>
    public int? TextColumns
    {
        get;
        init
        {
            if (value is < 40)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "A text width is at least 40 cells.");
            }

            field = value;
        }
    }
}
