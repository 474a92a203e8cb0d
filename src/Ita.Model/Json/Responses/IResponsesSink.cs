using System.Text.Json;

namespace Ita.Model.Json;

/// <summary>Receives what <see cref="ResponsesGrammar"/> reads from a <c>responses</c> section, in reading order:
/// the grammar checks the JSON shape (docs/raw-answers.md) and reports its problems here; a sink stores the data
/// (a document's <c>RespondentStore</c>s, a year's columns) and may check it against an edition.</summary>
/// <remarks>Offsets are byte offsets from the start of the section (its opening brace); paths are relative to the
/// section (<c>.iit[3].i1[1]</c>): the sink renders both in its own terms (<c>$.responses.iit[3].i1[1]</c>, line 4;
/// <c>$[5].responses.iit[3].i1[1]</c>, line 812 of the file).</remarks>
internal interface IResponsesSink
{
    /// <summary>A problem of the grammar.</summary>
    /// <param name="code">The code, one of <see cref="ProblemCodes"/>.</param>
    /// <param name="relativePath">The path relative to the section, e.g. <c>.iit[3].i1</c> (empty: the section).</param>
    /// <param name="offset">The byte offset of the element in the section.</param>
    /// <param name="message">The message.</param>
    void Problem(string code, string relativePath, int offset, string message);

    /// <summary>A part of the section (<c>iit</c>, <c>eit</c>, <c>oit</c>, <c>minimumRespondents</c>) of the right type,
    /// about to be read.</summary>
    /// <param name="name">The property name.</param>
    /// <param name="nameOffset">The offset of its name.</param>
    /// <param name="valueOffset">The offset of its value.</param>
    void Section(string name, int nameOffset, int valueOffset);

    /// <summary>An element of a respondent array starts.</summary>
    /// <param name="tool">IIT or EIT.</param>
    /// <param name="index">The 0-based index in the array.</param>
    /// <param name="offset">The offset of the element.</param>
    /// <param name="isObject">Whether it is an object (else a <c>wrong-type</c> problem follows and no answer).</param>
    void BeginRespondent(Tool tool, int index, int offset, bool isObject);

    /// <summary>Gives the property name the reader is at (an item code in a respondent) a number: the same number for
    /// the same name within one respondent, numbers from 0 up, few beyond the edition's items.</summary>
    /// <param name="reader">The reader, at the property name; not to be moved.</param>
    /// <param name="nameOffset">The offset of the name.</param>
    /// <returns>The number.</returns>
    int ItemIndex(ref Utf8JsonReader reader, int nameOffset);

    /// <summary>The item code a number of <see cref="ItemIndex"/> stands for.</summary>
    /// <param name="index">The number.</param>
    /// <returns>The code as written.</returns>
    string ItemCode(int index);

    /// <summary>One answer of the current respondent (the first of its name).</summary>
    /// <param name="item">The number of its item code (<see cref="ItemIndex"/>).</param>
    /// <param name="nameOffset">The offset of the item code.</param>
    /// <param name="isArray">Whether it was written as an array (one answer per part).</param>
    /// <param name="parts">The answers, one per part (one when not an array).</param>
    /// <param name="wellFormed">Whether every value was an answer (else problems were reported and the bad values
    /// are <see langword="null"/>).</param>
    void Answer(int item, int nameOffset, bool isArray, ReadOnlySpan<AnswerValue> parts, bool wellFormed);

    /// <summary>The element begun by <see cref="BeginRespondent"/> ends.</summary>
    void EndRespondent();

    /// <summary>One OIT check (the first of its code).</summary>
    /// <param name="code">The item code.</param>
    /// <param name="nameOffset">The offset of the code.</param>
    /// <param name="check">The check, or <see langword="null"/> when it is malformed (problems reported).</param>
    void Check(string code, int nameOffset, OitCheck? check);

    /// <summary>One property of <c>minimumRespondents</c> (the first of its name).</summary>
    /// <param name="name">The name.</param>
    /// <param name="nameOffset">The offset of the name.</param>
    /// <param name="tool">IIT or EIT, or <see langword="null"/> for another name (a problem reported).</param>
    /// <param name="minimum">The minimum (at least 1), or <see langword="null"/> when it is bad (a problem reported).</param>
    void Minimum(string name, int nameOffset, Tool? tool, int? minimum);
}
