using System.Text;
using System.Text.Json;
using Ita.Model.Json;

namespace Ita.Model.Documents;

/// <summary>The result of validating a document of any kind (<c>Serialization.ItaJson.Validate</c>,
/// <c>ita validate</c>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DocumentValidationResult
{
    /// <summary>Initializes a new instance of the <see cref="DocumentValidationResult"/> class, e.g. to report the
    /// problems of an <see cref="ItaValidationException"/> in the contract's format.</summary>
    /// <param name="sourceName">The file or stream name, or <see langword="null"/>.</param>
    /// <param name="kind">The kind of document, or <see langword="null"/> when unknown.</param>
    /// <param name="problems">The problems (none for a valid document).</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or one of them is <see langword="null"/>.</exception>
    public DocumentValidationResult(string? sourceName, string? kind, IEnumerable<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var copy = problems.ToArray();
        if (Array.IndexOf(copy, null) >= 0)
        {
            throw new ArgumentNullException(nameof(problems), "A problem is null.");
        }

        SourceName = sourceName;
        Kind = kind;
        Problems = copy;
        KeptProperties = [];
    }

    internal DocumentValidationResult(string? sourceName, string? kind, IReadOnlyList<ValidationProblem> problems, IReadOnlyList<string> keptProperties)
        : this(sourceName, kind, problems)
    {
        KeptProperties = keptProperties;
    }

    /// <summary>Gets the file or stream name, or <see langword="null"/>.</summary>
    public string? SourceName { get; }

    /// <summary>Gets the kind of document found (<c>assessment</c>, <c>scoreCard</c>, <c>edition</c> …), or
    /// <see langword="null"/> when the text is not a JSON object.</summary>
    public string? Kind { get; }

    /// <summary>Gets a value indicating whether the document has no problem.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>Gets every problem found, each with its code, JSON path, line and column.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>Gets the JSON paths of properties the contract does not define that a valid document carries (kept
    /// and written back by a read–write round trip; rejected instead with
    /// <see cref="DocumentReadOptions.RejectUnknownProperties"/>).</summary>
    public IReadOnlyList<string> KeptProperties { get; }

    /// <summary>Returns the result as a JSON document (<c>"kind": "validationResult"</c>).</summary>
    /// <returns>The JSON text, without a trailing newline.</returns>
    public string ToJson() => JsonText.ToText(WriteTo);

    /// <summary>Writes the result to a JSON writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, ToContract(), ItaJsonContext.Writer.ValidationResultDto);
        writer.Flush();
    }

    /// <summary>Returns <c>name: valid (kind)</c> or the list of problems, one per line.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder(SourceName ?? "input");
        if (IsValid)
        {
            sb.Append(": valid ").Append(Kind).Append(" document");
            if (KeptProperties.Count > 0)
            {
                sb.Append("; properties the contract does not define, kept: ").Append(string.Join(", ", KeptProperties));
            }

            return sb.ToString();
        }

        sb.Append(": invalid").Append(Kind is null ? string.Empty : " " + Kind).Append(" document (").Append(Problems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(Problems.Count == 1 ? " problem):" : " problems):");
        foreach (var p in Problems)
        {
            sb.Append('\n').Append("  ").Append(p);
        }

        return sb.ToString();
    }

    internal ValidationResultDto ToContract() => new()
    {
        SchemaVersion = 1,
        Kind = "validationResult",
        Document = SourceName,
        DocumentKind = Kind,
        Valid = IsValid,
        KeptProperties = KeptProperties.Count == 0 ? null : [.. KeptProperties],
        Problems = Problems.Select(p => new ProblemDto { Code = p.Code, Path = p.Path, Line = p.Line, Column = p.Column, Message = p.Message }).ToList(),
    };
}
