using System.Globalization;
using System.Text;

namespace Ita.Model;

/// <summary>One problem found in an input: where it is and what is wrong.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ValidationProblem
{
    /// <summary>Initializes a new instance of the <see cref="ValidationProblem"/> class.</summary>
    /// <param name="code">A stable machine-readable code, e.g. <c>unknown-item</c>.</param>
    /// <param name="path">Where the problem is: a JSON path such as <c>$.itemScores.o29</c>.</param>
    /// <param name="message">What is wrong, in English.</param>
    /// <param name="line">The 1-based line in the source text, when known.</param>
    /// <param name="column">The 1-based column (in characters) in the source text, when known.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/>, <paramref name="path"/> or
    /// <paramref name="message"/> is empty.</exception>
    public ValidationProblem(string code, string path, string message, int? line = null, int? column = null)
    {
        Preconditions.NotBlank(code, nameof(code));
        Preconditions.NotBlank(path, nameof(path));
        Preconditions.NotBlank(message, nameof(message));
        Code = code;
        Path = path;
        Message = message;
        Line = line;
        Column = column;
    }

    /// <summary>Initializes a new instance of the <see cref="ValidationProblem"/> class for a problem the engine
    /// found in its input: where it is as structured data, named by the input's own path until a document maps it to
    /// its JSON path and position.</summary>
    internal ValidationProblem(string code, ProblemLocation location, string message)
        : this(code, location.InputPath, message)
    {
        Location = location;
    }

    /// <summary>Gets the stable machine-readable code of the problem.</summary>
    public string Code { get; }

    /// <summary>Gets where in the engine's input the problem is, as structured data, for a problem the engine found;
    /// otherwise <see langword="null"/>.</summary>
    internal ProblemLocation? Location { get; }

    /// <summary>Gets where the problem is, as a JSON path (<c>$.itemScores.o29</c>).</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Message { get; }

    /// <summary>Gets the 1-based line in the source text, or <see langword="null"/>.</summary>
    public int? Line { get; }

    /// <summary>Gets the 1-based column in the source text, or <see langword="null"/>.</summary>
    public int? Column { get; }

    /// <summary>Returns <c>path (line L, column C): message [code]</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder(Path);
        if (Line is { } line)
        {
            sb.Append(CultureInfo.InvariantCulture, $" (line {line}");
            if (Column is { } column)
            {
                sb.Append(CultureInfo.InvariantCulture, $", column {column}");
            }

            sb.Append(')');
        }

        return sb.Append(": ").Append(Message).Append(" [").Append(Code).Append(']').ToString();
    }
}

/// <summary>Thrown when an input (a document, an edition, a score input) is invalid; lists every problem found.</summary>
/// <remarks>The exception is never thrown for a partial subset of problems: all problems found in one pass are
/// in <see cref="Problems"/>.</remarks>
public sealed class ItaValidationException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="ItaValidationException"/> class.</summary>
    public ItaValidationException()
        : this(null, [new ValidationProblem(ProblemCodes.Invalid, "$", "The input is invalid.")])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ItaValidationException"/> class with one problem.</summary>
    /// <param name="message">What is wrong.</param>
    public ItaValidationException(string message)
        : this(null, [new ValidationProblem(ProblemCodes.Invalid, "$", message)])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ItaValidationException"/> class with one problem
    /// and an inner exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ItaValidationException(string message, Exception innerException)
        : base(Describe(null, [new ValidationProblem(ProblemCodes.Invalid, "$", message)]), innerException)
    {
        Problems = [new ValidationProblem(ProblemCodes.Invalid, "$", message)];
    }

    /// <summary>Initializes a new instance of the <see cref="ItaValidationException"/> class.</summary>
    /// <param name="sourceName">The file or stream the input came from, or <see langword="null"/>.</param>
    /// <param name="problems">Every problem found; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public ItaValidationException(string? sourceName, IReadOnlyList<ValidationProblem> problems)
        : base(Describe(sourceName, problems))
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("At least one problem is required.", nameof(problems));
        }

        SourceName = sourceName;
        Problems = problems.ToArray();
    }

    /// <summary>Gets the file or stream the input came from, or <see langword="null"/>.</summary>
    public string? SourceName { get; }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    private static string Describe(string? sourceName, IReadOnlyList<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var sb = new StringBuilder();
        sb.Append(sourceName ?? "input").Append(CultureInfo.InvariantCulture, $" is invalid ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):");
        foreach (var p in problems)
        {
            sb.Append('\n').Append("  ").Append(p);
        }

        return sb.ToString();
    }
}

/// <summary>Thrown when no edition is known for a fiscal year or id; lists the known ones.</summary>
public sealed class EditionNotFoundException : KeyNotFoundException
{
    /// <summary>Initializes a new instance of the <see cref="EditionNotFoundException"/> class.</summary>
    public EditionNotFoundException()
    {
        KnownFiscalYears = [];
        KnownEditionIds = [];
    }

    /// <summary>Initializes a new instance of the <see cref="EditionNotFoundException"/> class.</summary>
    /// <param name="message">The message.</param>
    public EditionNotFoundException(string message)
        : base(message)
    {
        KnownFiscalYears = [];
        KnownEditionIds = [];
    }

    /// <summary>Initializes a new instance of the <see cref="EditionNotFoundException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public EditionNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        KnownFiscalYears = [];
        KnownEditionIds = [];
    }

    internal EditionNotFoundException(string message, int? fiscalYear, string? editionId, IReadOnlyList<int> knownFiscalYears, IReadOnlyList<string> knownEditionIds, string? latestEditionId = null)
        : base(message)
    {
        LatestEditionId = latestEditionId;
        FiscalYear = fiscalYear;
        EditionId = editionId;
        KnownFiscalYears = knownFiscalYears;
        KnownEditionIds = knownEditionIds;
    }

    /// <summary>Gets the fiscal year asked for, or <see langword="null"/>.</summary>
    public int? FiscalYear { get; }

    /// <summary>Gets the edition id asked for, or <see langword="null"/>.</summary>
    public string? EditionId { get; }

    /// <summary>Gets the fiscal years that have an edition.</summary>
    public IReadOnlyList<int> KnownFiscalYears { get; }

    /// <summary>Gets the id of the edition of the latest known fiscal year (the one to start from when writing the
    /// next year's edition), or <see langword="null"/> when none is known.</summary>
    public string? LatestEditionId { get; }

    /// <summary>Gets the ids of the known editions.</summary>
    public IReadOnlyList<string> KnownEditionIds { get; }
}
