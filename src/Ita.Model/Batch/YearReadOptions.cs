using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ita.Model.Batch;

/// <summary>What a reader does with a bad row (CSV) or a bad value or document (JSON).</summary>
public enum BadRowHandling
{
    /// <summary>Stop at the first problem and throw an <see cref="ItaValidationException"/> naming its line.</summary>
    Stop,

    /// <summary>Skip the bad row, value or document, record the problem with its line in
    /// <see cref="YearData.ReadProblems"/>, and continue.</summary>
    Skip,
}

/// <summary>Options for reading a year (<see cref="YearCsv"/>, <see cref="YearJson"/>,
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

/// <summary>The limits of <see cref="YearReadOptions"/>, named in <c>limit</c> problems.</summary>
internal enum YearLimit
{
    Units,
    Respondents,
    Answers,
    LineBytes,
    DocumentBytes,
    Problems,
}

/// <summary>One read of one or more sources into one year: the builder (created once the edition is known), the bad
/// row policy with its problem cap, the limits, and progress.</summary>
internal sealed class YearReadSession
{
    private readonly YearReadOptions _options;
    private readonly List<ValidationProblem> _problems = [];
    private long _bytes;

    public YearReadSession(YearReadOptions? options)
    {
        _options = options ?? YearReadOptions.Default;
        if (YearReadOptions.ResolveEdition(_options) is { } edition)
        {
            Start(edition, _options.FiscalYear);
        }
    }

    public YearReadOptions Options => _options;

    public YearDataBuilder? Builder { get; private set; }

    public YearDataBuilder Start(Edition edition, int? fiscalYear)
    {
        Builder = new YearDataBuilder(edition, fiscalYear) { MaxUnits = _options.MaxUnits, MaxRespondents = _options.MaxRespondentsPerUnit };
        return Builder;
    }

    public YearDataBuilder RequireBuilder(string? sourceName) =>
        Builder ?? throw new ArgumentException($"Reading {sourceName ?? "CSV"} needs an edition: set YearReadOptions.Edition or FiscalYear.", nameof(sourceName));

    /// <summary>Reports a problem: throws under <see cref="BadRowHandling.Stop"/>, records it otherwise (also before
    /// the edition is known); one past the cap stops the read.</summary>
    /// <exception cref="ItaValidationException">The reader stops at problems, or the cap is reached.</exception>
    public void Report(string? sourceName, ValidationProblem problem)
    {
        if (_options.OnBadRow == BadRowHandling.Stop)
        {
            throw new ItaValidationException(sourceName, [problem]);
        }

        if (_problems.Count >= _options.MaxReportedProblems)
        {
            Fatal(sourceName, Limit(YearLimit.Problems, _options.MaxReportedProblems, "bad rows or documents", problem.Path, problem.Line, problem.Column));
        }

        _problems.Add(Named(sourceName, problem));
    }

    /// <summary>Stops the read at a problem that cannot be skipped (a limit), listing the problems kept so far.</summary>
    /// <exception cref="ItaValidationException">Always.</exception>
    [DoesNotReturn]
    public void Fatal(string? sourceName, ValidationProblem problem) =>
        throw new ItaValidationException(sourceName, [.. _problems, Named(sourceName, problem)]);

    /// <summary>A <c>limit</c> problem: which limit, its value, and how to raise it.</summary>
    public static ValidationProblem Limit(YearLimit limit, long value, string what, string path, int? line, int? column)
    {
        var (property, cli) = limit switch
        {
            YearLimit.Units => ("MaxUnits", "units"),
            YearLimit.Respondents => ("MaxRespondentsPerUnit", "respondents"),
            YearLimit.Answers => ("MaxAnswersPerRespondent", "answers"),
            YearLimit.LineBytes => ("MaxLineBytes", "line-bytes"),
            YearLimit.DocumentBytes => ("MaxDocumentBytes", "document-bytes"),
            _ => ("MaxReportedProblems", "problems"),
        };
        return new ValidationProblem(
            ProblemCodes.Limit,
            path,
            $"More than {value.ToString("N0", CultureInfo.InvariantCulture)} {what}; the read stops here. The limit is YearReadOptions.{property}: raise it with 'ita batch --limit {cli}=N' if the input is right.",
            line,
            column);
    }

    public void Read(int bytes)
    {
        _bytes += bytes;
        _options.Progress?.Report(_bytes);
    }

    /// <summary>Takes back bytes counted as read (a source is read again).</summary>
    public void Unread(long bytes) => _bytes -= bytes;

    public YearData Build(string? sourceName) => RequireBuilder(sourceName).BuildWith(_problems.ToArray());

    private static ValidationProblem Named(string? sourceName, ValidationProblem problem) =>
        sourceName is null ? problem : new ValidationProblem(problem.Code, problem.Path, sourceName + ": " + problem.Message, problem.Line, problem.Column);
}
