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
