using System.Globalization;
using System.Text;

namespace Ita.Model;

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

    /// <summary>Initializes a new instance of the <see cref="ItaValidationException"/> class whose problems are the first
    /// of <paramref name="total"/>, followed by a <see cref="ProblemCodes.MoreProblems"/> line.</summary>
    internal ItaValidationException(string? sourceName, IReadOnlyList<ValidationProblem> problems, long total)
        : base(Describe(sourceName, problems, total))
    {
        SourceName = sourceName;
        Problems = problems.ToArray();
    }

    /// <summary>Gets the file or stream the input came from, or <see langword="null"/>.</summary>
    public string? SourceName { get; }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>"x.csv is invalid (2 problems):" and the problems, a line each. When the list ends with a line saying that
    /// more were found (<see cref="ProblemCodes.MoreProblems"/>, <see cref="ProblemCodes.TooManyProblems"/>), the count
    /// is of the problems listed: "(199 problems listed; more were found)", or with the total when known ("(300
    /// problems, the first 100 listed)").</summary>
    private static string Describe(string? sourceName, IReadOnlyList<ValidationProblem> problems, long? total = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var sb = new StringBuilder();
        var listed = problems.Count(p => p.Code is not (ProblemCodes.MoreProblems or ProblemCodes.TooManyProblems));
        var shown = listed.ToString("N0", CultureInfo.InvariantCulture);
        var count = listed == problems.Count
            ? $"{problems.Count.ToString("N0", CultureInfo.InvariantCulture)} problem{(problems.Count == 1 ? string.Empty : "s")}"
            : total is { } all
                ? $"{all.ToString("N0", CultureInfo.InvariantCulture)} problems, the first {shown} listed"
                : $"{shown} problem{(listed == 1 ? string.Empty : "s")} listed; more were found";
        sb.Append(sourceName ?? "input").Append(CultureInfo.InvariantCulture, $" is invalid ({count}):");
        foreach (var p in problems)
        {
            sb.Append('\n').Append("  ").Append(p);
        }

        return sb.ToString();
    }
}
