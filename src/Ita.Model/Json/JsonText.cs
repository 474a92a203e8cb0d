using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ita.Model.Json;

/// <summary>How the library writes JSON text: one writer setting for every document and one place that turns
/// written JSON into a string.</summary>
internal static class JsonText
{
    /// <summary>Gets the writer settings of every document: indented with two spaces, LF line ends (on .NET 9 and
    /// later; .NET 8 writes <see cref="Environment.NewLine"/>), Thai and other non-ASCII text as UTF-8 characters.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    /// <summary>Runs <paramref name="write"/> on a writer with <see cref="WriterOptions"/> and returns the JSON text:
    /// the one place where the library turns written JSON into a string.</summary>
    /// <param name="write">Writes the document.</param>
    /// <returns>The JSON text.</returns>
    public static string ToText(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
