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

    /// <summary>Gets how many problems <see cref="YearData.ReadProblems"/> keeps (1,000 by default); further ones are
    /// only counted.</summary>
    public int MaxReportedProblems { get; init; } = 1000;

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

/// <summary>One read of one or more sources into one year: the builder (created once the edition is known), the bad
/// row policy, and progress.</summary>
internal sealed class YearReadSession
{
    private readonly YearReadOptions _options;
    private readonly List<ValidationProblem> _pending = [];
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
        Builder = new YearDataBuilder(edition, fiscalYear) { MaxProblems = _options.MaxReportedProblems };
        foreach (var problem in _pending)
        {
            Builder.AddProblem(problem);
        }

        _pending.Clear();
        return Builder;
    }

    public YearDataBuilder RequireBuilder(string? sourceName) =>
        Builder ?? throw new ArgumentException($"Reading {sourceName ?? "CSV"} needs an edition: set YearReadOptions.Edition or FiscalYear.", nameof(sourceName));

    /// <summary>Reports a problem: throws under <see cref="BadRowHandling.Stop"/>, records it otherwise.</summary>
    /// <exception cref="ItaValidationException">The reader stops at problems.</exception>
    public void Report(string? sourceName, ValidationProblem problem)
    {
        if (_options.OnBadRow == BadRowHandling.Stop)
        {
            throw new ItaValidationException(sourceName, [problem]);
        }

        var named = sourceName is null ? problem : new ValidationProblem(problem.Code, problem.Path, sourceName + ": " + problem.Message, problem.Line, problem.Column);
        if (Builder is null)
        {
            _pending.Add(named);
        }
        else
        {
            Builder.AddProblem(named);
        }
    }

    public void Read(int bytes)
    {
        _bytes += bytes;
        _options.Progress?.Report(_bytes);
    }

    public YearData Build(string? sourceName) => RequireBuilder(sourceName).Build();
}
