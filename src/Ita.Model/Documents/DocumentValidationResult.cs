using System.Text;
using System.Text.Json;
using Ita.Model.Json;

namespace Ita.Model.Documents;

/// <summary>The result of validating a document of any kind (<see cref="ItaJson.Validate(string, string?, DocumentReadOptions?)"/>,
/// <c>ita validate</c>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DocumentValidationResult
{
    internal DocumentValidationResult(string? sourceName, string? kind, IReadOnlyList<ValidationProblem> problems)
    {
        SourceName = sourceName;
        Kind = kind;
        Problems = problems;
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

    /// <summary>Returns the result as a JSON document (<c>"kind": "validationResult"</c>).</summary>
    /// <returns>The JSON text, without a trailing newline.</returns>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ItaJsonContext.WriterOptions))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

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
            return sb.Append(": valid ").Append(Kind).Append(" document").ToString();
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
        Problems = Problems.Select(p => new ProblemDto { Code = p.Code, Path = p.Path, Line = p.Line, Column = p.Column, Message = p.Message }).ToList(),
    };
}
