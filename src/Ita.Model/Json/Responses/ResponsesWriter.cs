using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Ita.Model.Json;

/// <summary>The one writer of the <c>responses</c> grammar (docs/raw-answers.md), shared by assessment documents and
/// year files: <c>{"minimumRespondents": {…}, "iit": [respondent…], "eit": [respondent…], "oit": {code: check}}</c>,
/// written in that order.</summary>
/// <remarks>
/// <para>The caller streams what it holds — respondents, their answers in edition order, the checks — and the writer
/// decides how each is written: a yes/no (or checklist) answer as <c>true</c>/<c>false</c>, a level as a number, a
/// skipped answer as <c>null</c>, a multi-part item as an array with one answer per part (an item the edition does not
/// know: an array unless it has one answer), a check as a boolean or, with a URL or a note,
/// <c>{"disclosed": …, "url": …, "note": …}</c>. A part with nothing in it (no respondent, no check, no minimum) is left
/// out, so that what is written reads back the same.</para>
/// <para>When the underlying writer indents, each respondent is written on one line of its own (a raw value with the
/// line break and indentation an indented writer would give it).</para>
/// </remarks>
internal sealed class ResponsesWriter : IDisposable
{
    private readonly Utf8JsonWriter _section;
    private readonly Edition _edition;
    private readonly ArrayBufferWriter<byte>? _line;
    private readonly Utf8JsonWriter? _lineWriter;
    private byte[]? _lineStart;
    private Tool? _tool;
    private bool _checklist;

    /// <summary>Initializes a new instance of the <see cref="ResponsesWriter"/> class and writes the section's start.</summary>
    /// <param name="writer">The writer, at the value of a <c>responses</c> property (or at the start).</param>
    /// <param name="edition">The edition that says which items are yes/no and multi-part.</param>
    /// <param name="minimums">The unit's own respondent minimums (written first, by tool; none: left out).</param>
    public ResponsesWriter(Utf8JsonWriter writer, Edition edition, IReadOnlyDictionary<Tool, int> minimums)
    {
        _section = writer;
        _edition = edition;
        if (writer.Options.Indented)
        {
            _line = new ArrayBufferWriter<byte>();
            _lineWriter = new Utf8JsonWriter(_line, new JsonWriterOptions { Indented = false, Encoder = JsonText.WriterOptions.Encoder, SkipValidation = true });
        }

        writer.WriteStartObject();
        if (minimums.Count > 0)
        {
            writer.WriteStartObject("minimumRespondents");
            foreach (var (tool, minimum) in minimums.OrderBy(p => p.Key))
            {
                writer.WriteNumber(JsonNames.ToJson(tool), minimum);
            }

            writer.WriteEndObject();
        }
    }

    /// <summary>Starts a respondent of a survey tool (the tool's array starts with its first respondent; IIT before
    /// EIT).</summary>
    /// <param name="tool">IIT or EIT.</param>
    public void WriteStartRespondent(Tool tool)
    {
        if (_tool != tool)
        {
            EndTool();
            _section.WriteStartArray(JsonNames.ToJson(tool));
            _tool = tool;
        }

        Respondent.WriteStartObject();
    }

    /// <summary>Writes one answer of the current respondent.</summary>
    /// <param name="code">The item code.</param>
    /// <param name="item">The item, or <see langword="null"/> when the edition has no such item.</param>
    /// <param name="levels">One level (or <see langword="null"/> for skipped) per part.</param>
    public void WriteAnswer(string code, QuestionItem? item, ReadOnlySpan<int?> levels)
    {
        var w = Respondent;
        var asArray = item?.IsMultiPart ?? levels.Length != 1;
        if (asArray)
        {
            w.WriteStartArray(code);
        }
        else
        {
            w.WritePropertyName(code);
        }

        for (var p = 0; p < levels.Length; p++)
        {
            var scale = item is not null && p < item.Parts.Count ? item.Parts[p].Scale : null;
            if (levels[p] is not { } level)
            {
                w.WriteNullValue();
            }
            else if (scale is { Kind: AnswerScaleKind.YesNo or AnswerScaleKind.Checklist } && level is 0 or 1)
            {
                w.WriteBooleanValue(level == 1);
            }
            else
            {
                w.WriteNumberValue(level);
            }
        }

        if (asArray)
        {
            w.WriteEndArray();
        }
    }

    /// <summary>Ends the current respondent.</summary>
    public void WriteEndRespondent()
    {
        if (_lineWriter is null)
        {
            _section.WriteEndObject();
            return;
        }

        _lineWriter.WriteEndObject();
        _lineWriter.Flush();
        _lineStart ??= LineStart(_section);
        var raw = new byte[_lineStart.Length + _line!.WrittenCount];
        _lineStart.CopyTo(raw, 0);
        _line.WrittenSpan.CopyTo(raw.AsSpan(_lineStart.Length));

        // A raw value gets no line break from an indented writer: it carries its own.
        _section.WriteRawValue(raw, skipInputValidation: true);
        _line.ResetWrittenCount();
        _lineWriter.Reset();
    }

    /// <summary>Writes one OIT check (after the respondents).</summary>
    /// <param name="code">The item code.</param>
    /// <param name="disclosed">Whether the disclosure was accepted.</param>
    /// <param name="url">The URL checked, or <see langword="null"/>.</param>
    /// <param name="note">The assessor's note, or <see langword="null"/>.</param>
    public void WriteCheck(string code, bool disclosed, string? url = null, string? note = null)
    {
        EndTool();
        if (!_checklist)
        {
            _section.WriteStartObject("oit");
            _checklist = true;
        }

        if (url is null && note is null)
        {
            _section.WriteBoolean(code, disclosed);
            return;
        }

        _section.WriteStartObject(code);
        _section.WriteBoolean("disclosed", disclosed);
        if (url is not null)
        {
            _section.WriteString("url", url);
        }

        if (note is not null)
        {
            _section.WriteString("note", note);
        }

        _section.WriteEndObject();
    }

    /// <summary>Ends the section.</summary>
    public void WriteEnd()
    {
        EndTool();
        if (_checklist)
        {
            _section.WriteEndObject();
            _checklist = false;
        }

        _section.WriteEndObject();
    }

    /// <inheritdoc/>
    public void Dispose() => _lineWriter?.Dispose();

    /// <summary>The item of a code in the edition, or <see langword="null"/>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The item.</returns>
    public QuestionItem? ItemOf(string code) => _edition.TryGetItem(code, out var item) ? item : null;

    private Utf8JsonWriter Respondent => _lineWriter ?? _section;

    /// <summary>The line break and indentation an indented writer puts before a value at its current depth.</summary>
    private static byte[] LineStart(Utf8JsonWriter w)
    {
#if NET9_0_OR_GREATER
        var indent = new string(w.Options.IndentCharacter, w.Options.IndentSize * w.CurrentDepth);
        return Encoding.UTF8.GetBytes(w.Options.NewLine + indent);
#else
        return Encoding.UTF8.GetBytes(Environment.NewLine + new string(' ', 2 * w.CurrentDepth));
#endif
    }

    private void EndTool()
    {
        if (_tool is not null)
        {
            _section.WriteEndArray();
            _tool = null;
        }
    }
}
