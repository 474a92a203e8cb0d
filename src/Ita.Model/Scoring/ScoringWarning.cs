using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ita.Model;

/// <summary>A warning attached to a score card: the card is complete, but something deserves attention.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScoringWarning
{
    /// <summary>Initializes a new instance of the <see cref="ScoringWarning"/> class.</summary>
    /// <param name="code">A stable machine-readable code.</param>
    /// <param name="path">Where it applies, as a JSON path.</param>
    /// <param name="message">What to look at.</param>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    public ScoringWarning(string code, string path, string message)
    {
        Preconditions.NotBlank(code, nameof(code));
        Preconditions.NotBlank(path, nameof(path));
        Preconditions.NotBlank(message, nameof(message));
        Code = code;
        Path = path;
        Message = message;
    }

    /// <summary>Initializes a new instance of the <see cref="ScoringWarning"/> class for a warning the engine gives
    /// about an element of its input (see <see cref="ProblemLocation"/>).</summary>
    internal ScoringWarning(string code, ProblemLocation location, string message)
        : this(code, location.InputPath, message)
    {
        Location = location;
    }

    /// <summary>Gets where in the engine's input the warning applies, as structured data, or <see langword="null"/>.</summary>
    internal ProblemLocation? Location { get; }

    /// <summary>Gets the stable machine-readable code.</summary>
    public string Code { get; }

    /// <summary>Gets where the warning applies.</summary>
    public string Path { get; }

    /// <summary>Gets what to look at.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message} [{Code}]";
}
