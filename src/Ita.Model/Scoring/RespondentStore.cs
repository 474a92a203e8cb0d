using System.Collections;

namespace Ita.Model;

/// <summary>The respondents of one survey tool in a compact form: a few integers per answer, in one growing array,
/// instead of a dictionary and lists per respondent (docs/reliability.md, "Memory per input byte").</summary>
/// <remarks>
/// <para>Filled once by a reader, then only read (immutable and thread-safe from then on). Each respondent is a run of
/// entries; an entry is <c>[code index, name offset, parts × 2 + (1 when written as an array)]</c> followed, per
/// part, by <c>[kind, level, offset]</c> (kind 0 = null, 1 = a number, 2 = a boolean). Offsets are where the reader
/// found the element (for problem positions); the store does not interpret them.</para>
/// <para><see cref="Respondent"/> objects are views made when asked for, so a response set read from a document holds
/// no object per respondent or answer.</para>
/// </remarks>
internal sealed class RespondentStore
{
    private const int KindNull = 0;
    private const int KindBoolean = 2;

    private readonly List<string> _codes;
    private readonly List<int> _starts = [];
    private readonly List<int> _offsets = [];
    private readonly List<int> _data = [];

    /// <summary>Initializes a new instance of the <see cref="RespondentStore"/> class.</summary>
    /// <param name="codes">The item codes, by index (shared by the stores of one response set).</param>
    public RespondentStore(List<string> codes) => _codes = codes;

    /// <summary>Gets the number of respondents.</summary>
    public int Count => _starts.Count;

    /// <summary>Gets the respondents as views.</summary>
    public IReadOnlyList<Respondent> Respondents => new RespondentList(this);

    /// <summary>Starts a respondent written at <paramref name="offset"/>.</summary>
    public void BeginRespondent(int offset)
    {
        _starts.Add(_data.Count);
        _offsets.Add(offset);
    }

    /// <summary>Starts an answer entry; returns its position, to be finished by <see cref="EndEntry"/>.</summary>
    public int BeginEntry(int codeIndex, int nameOffset)
    {
        var at = _data.Count;
        _data.Add(codeIndex);
        _data.Add(nameOffset);
        _data.Add(0);
        return at;
    }

    /// <summary>Adds one part's answer to the entry being written.</summary>
    public void AddPart(int? level, bool isBoolean, int offset)
    {
        _data.Add(level is null ? KindNull : isBoolean ? KindBoolean : 1);
        _data.Add(level ?? 0);
        _data.Add(offset);
    }

    /// <summary>Finishes the entry started at <paramref name="at"/>.</summary>
    public void EndEntry(int at, int parts, bool isArray) => _data[at + 2] = (parts * 2) + (isArray ? 1 : 0);

    /// <summary>Gets the offset a respondent was read at.</summary>
    public int OffsetOf(int respondent) => _offsets[respondent];

    /// <summary>Gets the entries of a respondent in the order they were read.</summary>
    public IEnumerable<Entry> Entries(int respondent)
    {
        var end = respondent + 1 < _starts.Count ? _starts[respondent + 1] : _data.Count;
        for (var at = _starts[respondent]; at < end;)
        {
            var parts = _data[at + 2] >> 1;
            yield return new Entry(this, at);
            at += 3 + (parts * 3);
        }
    }

    /// <summary>One answer entry of a respondent.</summary>
    internal readonly struct Entry(RespondentStore store, int at)
    {
        public string Code => store._codes[store._data[at]];

        public int NameOffset => store._data[at + 1];

        public int PartCount => store._data[at + 2] >> 1;

        public bool IsArray => (store._data[at + 2] & 1) == 1;

        public int PartOffset(int part) => store._data[at + 3 + (part * 3) + 2];

        public int?[] Levels()
        {
            var levels = new int?[PartCount];
            for (var p = 0; p < levels.Length; p++)
            {
                var i = at + 3 + (p * 3);
                levels[p] = store._data[i] == KindNull ? null : store._data[i + 1];
            }

            return levels;
        }

        public AnswerSyntax Syntax()
        {
            var booleans = new bool[PartCount];
            for (var p = 0; p < booleans.Length; p++)
            {
                booleans[p] = store._data[at + 3 + (p * 3)] == KindBoolean;
            }

            return new AnswerSyntax(IsArray, booleans);
        }
    }

    private sealed class RespondentList(RespondentStore store) : IReadOnlyList<Respondent>
    {
        public int Count => store.Count;

        public Respondent this[int index] => (uint)index < (uint)store.Count ? new Respondent(store, index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<Respondent> GetEnumerator()
        {
            for (var r = 0; r < store.Count; r++)
            {
                yield return new Respondent(store, r);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
