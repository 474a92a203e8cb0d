using System.Text;
using System.Text.Json;
using Ita.Model.Json;

namespace Ita.Model.Documents;

/// <summary>Reads and writes the <c>responses</c> section of an assessment document (docs/raw-answers.md):
/// <c>{"iit": [respondent…], "eit": [respondent…], "oit": {code: check}, "minimumRespondents": {"iit": n}}</c>.</summary>
/// <remarks>
/// <para>Reading checks the JSON shape only (types, whole numbers, known properties) and records every problem with
/// its path, line and column; what depends on the edition (unknown items, parts, scales, yes/no answered with
/// numbers) is checked by the engine, whose problems name the same paths (<c>$.responses.iit[3].i1[1]</c>), so the
/// document can give them a line and column too.</para>
/// <para>A respondent is an object: item code → a level index (0 = the lowest option of the question's wording), a
/// boolean for a yes/no question (<c>true</c> = มี), <c>null</c> for a skipped item, or, for a multi-part item, an
/// array with one such answer per part. An OIT check is a boolean (disclosed or not) or an object
/// <c>{"disclosed": bool, "url": string?, "note": string?}</c>.</para>
/// </remarks>
internal static class ResponsesJson
{
    /// <summary>Binds a <c>responses</c> node; returns <see langword="null"/> when it has problems (all recorded).</summary>
    /// <remarks>The section is read forward-only from the source (which <see cref="JsonSource.Parse"/> has checked:
    /// syntax, encoding, duplicate names, limits), straight into a compact form — a few integers per answer — with
    /// no node per respondent or answer; <paramref name="locator"/> keeps the byte offsets that give every element
    /// its line and column later.</remarks>
    /// <param name="b">The binder of the document.</param>
    /// <param name="node">The node of the <c>responses</c> property.</param>
    /// <param name="locator">Receives where each element of the section is, or <see langword="null"/> when the section
    /// is not an object.</param>
    public static ResponseSet? Read(JsonBinder b, JNode node, out ResponseLocator? locator)
    {
        locator = null;
        var problemsBefore = b.Source.Problems.Count;
        var sink = new DocumentResponsesSink(b, node.Offset);
        if (!new ResponsesGrammar(sink, reportDuplicates: false, b.Source.Limits.MaxDepth).Read(b.Source.Utf8Text.Span[node.Offset..]))
        {
            return null;
        }

        locator = sink.Locator;
        var set = new ResponseSet(sink.Iit.Respondents, sink.Eit.Respondents, sink.Oit, sink.Minimums);

        // Empty lists are not written back (a writer omits them), so a section holding nothing would be written as
        // "responses": {} and then not read: it is rejected here, as the empty section is.
        if (b.Source.Problems.Count == problemsBefore && set.Iit.Count == 0 && set.Eit.Count == 0 && set.Oit.Count == 0)
        {
            b.Problem(ProblemCodes.Empty, node, "The responses section holds no respondent and no OIT check: give \"iit\" and \"eit\" respondents and/or the \"oit\" checklist, or leave \"responses\" out.");
        }

        return b.Source.Problems.Count > problemsBefore ? null : set;
    }

    /// <summary>Writes a response set as the value of a <c>responses</c> property (or as a document of its own) with
    /// the one writer of the grammar (<see cref="ResponsesWriter"/>): items in edition order, yes/no answers as
    /// booleans, multi-part items as arrays, each respondent on one line when <paramref name="writer"/> is indented.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="responses">The responses.</param>
    /// <param name="edition">The edition that says which items are yes/no and multi-part.</param>
    public static void Write(Utf8JsonWriter writer, ResponseSet responses, Edition edition)
    {
        using var w = new ResponsesWriter(writer, edition, responses.MinimumRespondents);
        foreach (var tool in new[] { Tool.Iit, Tool.Eit })
        {
            foreach (var respondent in responses.RespondentsOf(tool))
            {
                w.WriteStartRespondent(tool);
                foreach (var (code, answers) in InEditionOrder(respondent.Answers, edition))
                {
                    w.WriteAnswer(code, w.ItemOf(code), answers as int?[] ?? [.. answers]);
                }

                w.WriteEndRespondent();
            }
        }

        foreach (var (code, check) in InEditionOrder(responses.Oit, edition))
        {
            w.WriteCheck(code, check.Disclosed, check.Url, check.Note);
        }

        w.WriteEnd();
    }

    /// <summary>Returns the response set as JSON text (see <see cref="Write"/>).</summary>
    /// <param name="responses">The responses.</param>
    /// <param name="edition">The edition that says which items are yes/no and multi-part.</param>
    /// <param name="indented">Whether to indent (one respondent per line).</param>
    /// <returns>The JSON text with LF line ends.</returns>
    public static string ToJson(ResponseSet responses, Edition edition, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonText.WriterOptions with { Indented = indented }))
        {
            Write(w, responses, edition);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Entries whose code is an item of the edition in edition order, then the others by code.</summary>
    private static IEnumerable<KeyValuePair<string, T>> InEditionOrder<T>(IReadOnlyDictionary<string, T> entries, Edition edition) =>
        entries.OrderBy(e => edition.TryGetItem(e.Key, out var item) ? item.Index : int.MaxValue).ThenBy(e => e.Key, StringComparer.Ordinal);
}
