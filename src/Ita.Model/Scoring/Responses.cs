using System.Collections.ObjectModel;

namespace Ita.Model;

/// <summary>One IIT or EIT respondent's answers: for each item code, one answer per part.</summary>
/// <remarks>An answer is the level index in the question's own wording (0 = the lowest option, น้อยที่สุดหรือไม่มีเลย;
/// for yes/no questions 0 = ไม่มี, 1 = มี), or <see langword="null"/> for a skipped part. Reverse scoring is applied
/// by the engine from the edition's scales, never by the caller. Immutable and thread-safe.</remarks>
public sealed class Respondent
{
    /// <summary>Initializes a new instance of the <see cref="Respondent"/> class.</summary>
    /// <param name="answers">Item code → one answer per part (a single-part item has a list of one).</param>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> or one of its lists is <see langword="null"/>.</exception>
    public Respondent(IEnumerable<KeyValuePair<string, IReadOnlyList<int?>>> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var copy = new Dictionary<string, IReadOnlyList<int?>>(StringComparer.Ordinal);
        foreach (var (code, parts) in answers)
        {
            ArgumentNullException.ThrowIfNull(code, nameof(answers));
            ArgumentNullException.ThrowIfNull(parts, nameof(answers));
            copy[code] = parts.ToArray();
        }

        Answers = new ReadOnlyDictionary<string, IReadOnlyList<int?>>(copy);
    }

    /// <summary>Initializes a respondent read from a JSON document, remembering how each answer was written.</summary>
    internal Respondent(Dictionary<string, IReadOnlyList<int?>> answers, Dictionary<string, AnswerSyntax> syntax)
    {
        Answers = new ReadOnlyDictionary<string, IReadOnlyList<int?>>(answers);
        Syntax = syntax;
    }

    /// <summary>Initializes a view of a respondent held in a compact store (read from a JSON document).</summary>
    internal Respondent(RespondentStore store, int index)
    {
        Answers = new StoredAnswers(store, index);
        _store = store;
        _index = index;
    }

    private readonly RespondentStore? _store;
    private readonly int _index;

    /// <summary>Gets the answers: item code → one level index (or <see langword="null"/>) per part.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int?>> Answers { get; }

    /// <summary>Gets the answers in the respondent's own order, each with how it was written (<see langword="null"/>
    /// for a respondent built in code).</summary>
    internal IEnumerable<(string Code, IReadOnlyList<int?> Parts, AnswerSyntax? Syntax)> AnswersWithSyntax()
    {
        if (_store is not null)
        {
            foreach (var e in _store.Entries(_index))
            {
                yield return (e.Code, e.Levels(), e.Syntax());
            }

            yield break;
        }

        foreach (var (code, parts) in Answers)
        {
            AnswerSyntax? syntax = null;
            Syntax?.TryGetValue(code, out syntax);
            yield return (code, parts, syntax);
        }
    }

    /// <summary>Gets how each answer was written when the respondent was read from a JSON document (the engine then
    /// checks that yes/no questions were answered with booleans, ordinal ones with level numbers, and multi-part items
    /// with arrays); <see langword="null"/> for a respondent built in code.</summary>
    internal IReadOnlyDictionary<string, AnswerSyntax>? Syntax { get; }

    /// <summary>Creates a respondent who answered single-part items only.</summary>
    /// <param name="answers">Item code → level index (or <see langword="null"/> for skipped).</param>
    /// <returns>The respondent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is <see langword="null"/>.</exception>
    public static Respondent FromLevels(IEnumerable<KeyValuePair<string, int?>> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return new Respondent(answers.Select(a => new KeyValuePair<string, IReadOnlyList<int?>>(a.Key, new[] { a.Value })));
    }
}

/// <summary>The assessor's decision on one OIT item: disclosed (มี) or not (ไม่มี), with an optional URL and note.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OitCheck
{
    /// <summary>Initializes a new instance of the <see cref="OitCheck"/> class.</summary>
    /// <param name="disclosed"><see langword="true"/> when the disclosure was accepted (มี).</param>
    /// <param name="url">The URL checked, or <see langword="null"/>.</param>
    /// <param name="note">The assessor's note, or <see langword="null"/>.</param>
    public OitCheck(bool disclosed, string? url = null, string? note = null)
    {
        Disclosed = disclosed;
        Url = url;
        Note = note;
    }

    /// <summary>Gets a value indicating whether the disclosure was accepted (มี): the item scores 100, else 0.</summary>
    public bool Disclosed { get; }

    /// <summary>Gets the URL checked, or <see langword="null"/>.</summary>
    public string? Url { get; }

    /// <summary>Gets the assessor's note, or <see langword="null"/>.</summary>
    public string? Note { get; }
}

/// <summary>The raw data of one unit: IIT and EIT respondents, the OIT checklist and, optionally, the unit's own
/// respondent minimums.</summary>
/// <remarks>Immutable and thread-safe: the collections are copied.</remarks>
public sealed class ResponseSet
{
    /// <summary>Initializes a new instance of the <see cref="ResponseSet"/> class.</summary>
    /// <param name="iit">The IIT respondents (staff), or <see langword="null"/> for none.</param>
    /// <param name="eit">The EIT respondents (outsiders), or <see langword="null"/> for none.</param>
    /// <param name="oit">The OIT checklist by item code, or <see langword="null"/> for none.</param>
    /// <param name="minimumRespondents">The unit's own minimum number of respondents per survey tool (IIT, EIT), e.g.
    /// the IIT sample NACC's system computes from the unit's staff count, or <see langword="null"/> for none. It takes
    /// precedence over <see cref="ScoringOptions.MinimumRespondents"/> and the edition's
    /// <see cref="ToolDefinition.MinimumRespondents"/>; a tool scored from fewer usable respondents gets a
    /// <c>below-minimum</c> warning.</param>
    /// <exception cref="ArgumentException">A respondent, code or check is <see langword="null"/>, or a minimum is given
    /// for OIT (which has no respondents).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A minimum is below 1.</exception>
    public ResponseSet(IEnumerable<Respondent>? iit = null, IEnumerable<Respondent>? eit = null, IEnumerable<KeyValuePair<string, OitCheck>>? oit = null, IEnumerable<KeyValuePair<Tool, int>>? minimumRespondents = null)
    {
        Iit = Copy(iit, nameof(iit));
        Eit = Copy(eit, nameof(eit));
        var checks = new Dictionary<string, OitCheck>(StringComparer.Ordinal);
        foreach (var (code, check) in oit ?? [])
        {
            checks[code ?? throw new ArgumentException("An OIT item code is null.", nameof(oit))] = check ?? throw new ArgumentException($"The OIT check of {code} is null.", nameof(oit));
        }

        Oit = new ReadOnlyDictionary<string, OitCheck>(checks);
        MinimumRespondents = ScoringOptions.CopyMinimums(minimumRespondents, nameof(minimumRespondents));
    }

    /// <summary>Gets the IIT respondents in input order.</summary>
    public IReadOnlyList<Respondent> Iit { get; }

    /// <summary>Gets the EIT respondents in input order.</summary>
    public IReadOnlyList<Respondent> Eit { get; }

    /// <summary>Gets the OIT checklist by item code.</summary>
    public IReadOnlyDictionary<string, OitCheck> Oit { get; }

    /// <summary>Initializes a response set read from a document, whose respondents are held compactly (not copied).</summary>
    internal ResponseSet(IReadOnlyList<Respondent> iit, IReadOnlyList<Respondent> eit, IEnumerable<KeyValuePair<string, OitCheck>> oit, IEnumerable<KeyValuePair<Tool, int>> minimumRespondents)
        : this((IEnumerable<Respondent>?)null, null, oit, minimumRespondents)
    {
        Iit = iit;
        Eit = eit;
    }

    /// <summary>Gets the unit's own minimum number of respondents per survey tool (empty when none was given).</summary>
    public IReadOnlyDictionary<Tool, int> MinimumRespondents { get; }

    /// <summary>Gets the respondents of a survey tool (IIT or EIT); empty for OIT.</summary>
    /// <param name="tool">The tool.</param>
    /// <returns>The respondents.</returns>
    public IReadOnlyList<Respondent> RespondentsOf(Tool tool) => tool switch
    {
        Tool.Iit => Iit,
        Tool.Eit => Eit,
        _ => [],
    };

    private static Respondent[] Copy(IEnumerable<Respondent>? respondents, string name)
    {
        var copy = (respondents ?? []).ToArray();
        if (Array.IndexOf(copy, null) >= 0)
        {
            throw new ArgumentException("A respondent is null.", name);
        }

        return copy;
    }
}

/// <summary>How one item's answer was written in a JSON document: as an array (one answer per part) or a single value,
/// and which parts were JSON booleans (yes/no) rather than level numbers.</summary>
internal sealed class AnswerSyntax(bool isArray, bool[] booleans)
{
    public bool IsArray { get; } = isArray;

    /// <summary>Gets, per written answer, whether it was a JSON boolean.</summary>
    public IReadOnlyList<bool> Booleans { get; } = booleans;
}
