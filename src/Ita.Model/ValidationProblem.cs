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
