using System.Text;
using Ita.Model.Documents;

namespace Ita.Model.Import;

/// <summary>Reads the ITA result an agency published — text as extracted from a PDF, or the lines of a Word
/// document — into assessment documents with the figures as <see cref="AssessmentDocument.Published"/>.</summary>
/// <remarks>
/// <para>What is read: the total (<c>ผลคะแนน ๙๐.๔๒</c>, <c>ร้อยละ ๘๘.๕๓</c>) and the grade or rating printed with it
/// (<c>อยู่ในระดับ ผ่าน</c>); indicator rows (<c>ตัวชี้วัดที่ ๑ …</c>, <c>1. การปฏิบัติหน้าที่87.78.....คะแนน</c>, an
/// indicator's name in a ranking table); a tool column (<c>คะแนนรายเครื่องมือ</c>) and tool rows (IIT/EIT/OIT); item
/// rows of item tables, identified by their printed code and by their question text against the edition of the
/// fiscal year (OCR turns <c>i7</c> into <c>๓๗</c>: such items are matched by text and say so); two-year tables whose
/// header names two fiscal years; the unit's name, district and province. Thai and Arabic digits may be mixed and
/// numbers may run into labels.</para>
/// <para>Tables and text passages are read as blocks. The first block with a total or indicators gives the main
/// figures; a figure another block prints with a different value makes that block an alternative printing
/// (<see cref="PublishedFigures.Alternatives"/>), so the audit names the contradiction. Every figure keeps its source
/// line; a line with a score-like number that cannot be attributed is listed in
/// <see cref="PublishedResultImport.Unread"/> — nothing is guessed.</para>
/// <para>Thread-safe: every call works on its own state.</para>
/// </remarks>
internal static class PublishedResultReader
{
    /// <summary>Reads a published result from text (lines separated by LF or CRLF; table cells by tabs).</summary>
    /// <param name="text">The text.</param>
    /// <param name="sourceName">The file the text came from, for messages and the documents' source, or <see langword="null"/>.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The documents read and what was not read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The text is binary, states no fiscal year (and none is given), or
    /// holds no ITA figure; each problem names its line.</exception>
    public static PublishedResultImport Read(string text, string? sourceName = null, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ReadLines(text.Split('\n'), sourceName, options);
    }

    /// <summary>Reads a published result from lines (table cells separated by tabs).</summary>
    /// <param name="lines">The lines, in order; line numbers in results are 1-based indexes into them.</param>
    /// <param name="sourceName">The file the lines came from, or <see langword="null"/>.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The documents read and what was not read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The lines are binary, state no fiscal year (and none is given), or
    /// hold no ITA figure.</exception>
    public static PublishedResultImport ReadLines(IReadOnlyList<string> lines, string? sourceName = null, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return new ImportRun(lines, sourceName, options ?? ImportOptions.Default).Run();
    }

    /// <summary>Reads a published result from UTF-8 text.</summary>
    /// <param name="utf8">The stream; not closed.</param>
    /// <param name="sourceName">The file the stream came from, or <see langword="null"/>.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <returns>The documents read and what was not read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The bytes are not UTF-8 (the problem names the line), or as for
    /// <see cref="Read(string, string?, ImportOptions?)"/>.</exception>
    public static PublishedResultImport Read(Stream utf8, string? sourceName = null, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        using var buffer = new MemoryStream();
        utf8.CopyTo(buffer);
        return Read(Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), sourceName), sourceName, options);
    }

    /// <summary>Reads a published result from a UTF-8 text file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <returns>The documents read and what was not read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">As for <see cref="Read(Stream, string?, ImportOptions?)"/>.</exception>
    public static PublishedResultImport ReadFile(string path, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path), options);
    }

    private static string Decode(ReadOnlySpan<byte> bytes, string? sourceName)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var index = Math.Clamp(ex.Index, 0, bytes.Length);
            var line = bytes[..index].Count((byte)'\n') + 1;
            throw new ItaValidationException(sourceName, [new ValidationProblem(ProblemCodes.ImportEncoding, "$", $"The text is not UTF-8 (invalid byte at offset {index}); save it as UTF-8 text.", line)]);
        }
    }
}
