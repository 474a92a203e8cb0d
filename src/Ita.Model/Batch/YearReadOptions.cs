using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ita.Model.Batch;

/// <summary>Options for reading a year (<see cref="YearData.LoadCsv"/>, <see cref="YearData.LoadJson"/>,
/// <see cref="YearData.LoadFiles"/>).</summary>
/// <remarks>Immutable once created; thread-safe.</remarks>
public sealed class YearReadOptions
{
    /// <summary>Gets the edition the data is read with (items, parts, scales). When <see langword="null"/>, the
    /// edition of <see cref="FiscalYear"/>; failing that, JSON input uses its first document's <c>edition</c> or
    /// <c>fiscalYear</c>, and CSV input is an error.</summary>
    public Edition? Edition { get; init; }

    /// <summary>Gets the fiscal year of the data (Buddhist Era), or <see langword="null"/>. JSON documents that
    /// give another year are bad documents.</summary>
    public int? FiscalYear { get; init; }

    /// <summary>Gets what to do with a bad row; <see cref="BadRowHandling.Stop"/> by default.</summary>
    public BadRowHandling OnBadRow { get; init; } = BadRowHandling.Stop;

    /// <summary>Gets how many problems a read that skips bad rows (<see cref="BadRowHandling.Skip"/>) may meet (1,000
    /// by default): at one more, reading stops with an <see cref="ItaValidationException"/> listing the problems kept
    /// and a <c>limit</c> problem.</summary>
    public int MaxReportedProblems { get; init; } = 1000;

    /// <summary>Gets the most units a year may have (100,000 by default; a national year has about 8,300). One more is
    /// a <c>limit</c> problem that stops the read.</summary>
    public int MaxUnits { get; init; } = 100_000;

    /// <summary>Gets the most respondents one unit may have per survey tool (100,000 by default). One more is a
    /// <c>limit</c> problem that stops the read.</summary>
    public int MaxRespondentsPerUnit { get; init; } = 100_000;

    /// <summary>Gets the most answers one respondent may give — CSV rows of the respondent, or properties of the
    /// respondent's JSON object, bad ones included (1,000 by default; an edition has a few dozen item parts per tool).
    /// One more is a <c>limit</c> problem that stops the read.</summary>
    public int MaxAnswersPerRespondent { get; init; } = 1000;

    /// <summary>Gets the longest CSV line in bytes (65,536 by default). A longer line is a <c>limit</c> problem that
    /// stops the read; it is never held whole.</summary>
    public int MaxLineBytes { get; init; } = 1 << 16;

    /// <summary>Gets the longest JSON document (a line of JSON Lines, or one document of an array) in bytes (64 MiB by
    /// default). A longer document is a <c>limit</c> problem that stops the read; it is never held whole.</summary>
    public int MaxDocumentBytes { get; init; } = 64 << 20;

    /// <summary>Gets a receiver of the number of bytes read so far, or <see langword="null"/>.</summary>
    public IProgress<long>? Progress { get; init; }

    internal static YearReadOptions Default { get; } = new();

    /// <summary>The edition fixed by the options, if any.</summary>
    /// <exception cref="ArgumentException">The options are inconsistent.</exception>
    internal static Edition? ResolveEdition(YearReadOptions options)
    {
        if (options.MaxReportedProblems < 0)
        {
            throw new ArgumentException("MaxReportedProblems must not be negative.", nameof(options));
        }

        if (options.MaxUnits < 1 || options.MaxRespondentsPerUnit < 1 || options.MaxAnswersPerRespondent < 1 || options.MaxLineBytes < 1 || options.MaxDocumentBytes < 1)
        {
            throw new ArgumentException("MaxUnits, MaxRespondentsPerUnit, MaxAnswersPerRespondent, MaxLineBytes and MaxDocumentBytes must be at least 1.", nameof(options));
        }

        if (options.Edition is { } edition)
        {
            if (options.FiscalYear is { } year && !edition.Covers(year))
            {
                throw new ArgumentException($"Edition {edition.Id} does not cover fiscal year {year.ToString(CultureInfo.InvariantCulture)}.", nameof(options));
            }

            return edition;
        }

        return options.FiscalYear is { } fiscalYear ? Ita.Model.Edition.ForFiscalYear(fiscalYear) : null;
    }
}
