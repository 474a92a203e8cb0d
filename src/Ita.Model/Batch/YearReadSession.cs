using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ita.Model.Batch;

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
