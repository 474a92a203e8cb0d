using Ita.Model.Documents;

namespace Ita.Model.Import;

/// <content>Reading a published result: <see cref="Parse"/>, <see cref="ParseLines"/>, <see cref="Load"/> and
/// <see cref="LoadFile"/>, the way documents are read.</content>
public sealed partial class PublishedResultImport
{
    /// <summary>Reads the ITA result an agency published, as text extracted from a PDF (lines separated by LF or CRLF;
    /// table cells by tabs), into assessment documents with the figures as
    /// <see cref="AssessmentDocument.Published"/> (docs/documents.md).</summary>
    /// <remarks>
    /// <para>What is read: the total and the grade or rating printed with it; indicator rows; a tool column and tool
    /// rows (IIT/EIT/OIT); item rows of item tables, identified by their printed code and by their question text
    /// against the edition of the fiscal year (OCR-damaged codes are matched by text and say so); two-year tables
    /// whose header names two fiscal years; the unit's name, district and province. Thai and Arabic digits may be
    /// mixed and numbers may run into labels.</para>
    /// <para>The first block with a total or indicators gives the main figures; a figure another block prints with a
    /// different value makes that block an alternative printing (<see cref="PublishedFigures.Alternatives"/>). Every
    /// figure keeps its source line; a line with a score-like number that cannot be attributed is listed in
    /// <see cref="Unread"/> — nothing is guessed. Thread-safe: every call works on its own state.</para>
    /// </remarks>
    /// <param name="text">The text.</param>
    /// <param name="sourceName">The file the text came from, for messages and the documents' source, or <see langword="null"/>.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The documents read and what was not read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The text is binary, states no fiscal year (and none is given), or
    /// holds no ITA figure; each problem names its line.</exception>
    public static PublishedResultImport Parse(string text, string? sourceName = null, ImportOptions? options = null) =>
        PublishedResultReader.Read(text, sourceName, options);

    /// <summary>Reads a published result from lines (table cells separated by tabs), e.g. the lines of a Word
    /// document; otherwise as <see cref="Parse"/>.</summary>
    /// <param name="lines">The lines, in order; line numbers in results are 1-based indexes into them.</param>
    /// <param name="sourceName">The file the lines came from, or <see langword="null"/>.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The documents read and what was not read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The lines are binary, state no fiscal year (and none is given), or
    /// hold no ITA figure.</exception>
    public static PublishedResultImport ParseLines(IReadOnlyList<string> lines, string? sourceName = null, ImportOptions? options = null) =>
        PublishedResultReader.ReadLines(lines, sourceName, options);

    /// <summary>Reads a published result from UTF-8 text; otherwise as <see cref="Parse"/>.</summary>
    /// <param name="utf8">The stream; read to its end, not closed.</param>
    /// <param name="sourceName">The file the stream came from, or <see langword="null"/>.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <returns>The documents read and what was not read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The bytes are not UTF-8 (the problem names the line), or as for
    /// <see cref="Parse"/>.</exception>
    public static PublishedResultImport Load(Stream utf8, string? sourceName = null, ImportOptions? options = null) =>
        PublishedResultReader.Read(utf8, sourceName, options);

    /// <summary>Reads a published result from a UTF-8 text file; otherwise as <see cref="Parse"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <returns>The documents read and what was not read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ItaValidationException">As for <see cref="Load"/>.</exception>
    public static PublishedResultImport LoadFile(string path, ImportOptions? options = null) =>
        PublishedResultReader.ReadFile(path, options);
}
