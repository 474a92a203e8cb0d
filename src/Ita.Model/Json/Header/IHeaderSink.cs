using System.Text.Json;

namespace Ita.Model.Json;

/// <summary>Receives what <see cref="DocumentHeaderReader"/> reports: its problems, and (when it reads a whole
/// document) the top-level properties that are not part of the header.</summary>
/// <remarks>Offsets are byte offsets in the caller's text as the caller gave them (a value's offset plus the position
/// in it); paths are relative to the document (<c>.unit.id</c>): the sink renders both in its own terms
/// (<c>$.unit.id</c>, line 3 of a document; <c>$[5].unit.id</c>, line 812 of a year file).</remarks>
internal interface IHeaderSink
{
    /// <summary>A problem of the header.</summary>
    /// <param name="code">The code, one of <see cref="ProblemCodes"/>.</param>
    /// <param name="relativePath">The path relative to the document, e.g. <c>.fiscalYear</c> (empty: the document).</param>
    /// <param name="offset">The byte offset of the element.</param>
    /// <param name="message">The message.</param>
    void Problem(string code, string relativePath, int offset, string message);

    /// <summary>A top-level property that is not part of the header (<c>responses</c>, <c>itemScores</c>,
    /// <c>published</c>, an unknown one …), the first of its name; the reader skips its value afterwards.</summary>
    /// <param name="name">The property name.</param>
    /// <param name="nameOffset">The offset of its name.</param>
    /// <param name="valueOffset">The offset of its value.</param>
    /// <param name="token">The first token of its value.</param>
    void Section(string name, int nameOffset, int valueOffset, JsonTokenType token);
}
