using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

namespace Ita.Model.Batch;

/// <summary>What a researcher knows about each unit besides its answers: a CSV file with a header such as
/// <c>unit,name,type,group,province,district</c>, one row per unit (docs/batch.md). Only <c>unit</c> is required; every
/// other column is kept and can be grouped by (<see cref="GroupTable"/>).</summary>
/// <remarks>Columns may come in any order; names are compared ordinally and must be unique and non-empty. Fields may be
/// quoted (<c>"a,b"</c>, <c>""</c> for a quote) but may not span lines. Text is UTF-8 (a byte order mark is skipped).
/// Immutable and thread-safe.</remarks>
public sealed class UnitTable
{
    /// <summary>The required column naming the unit (its identifier in the year).</summary>
    public const string UnitColumn = "unit";

    /// <summary>The column that names the units (<see cref="NameUnits"/>): <c>name</c>.</summary>
    public const string NameColumn = "name";

    private const int MaxProblems = 100;

    private readonly Dictionary<string, int> _rowOf;
    private readonly Dictionary<string, int> _columnOf;
    private readonly string[][] _rows;

    private UnitTable(string[] columns, string[][] rows, Dictionary<string, int> rowOf)
    {
        Columns = new ReadOnlyCollection<string>(columns);
        _columnOf = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        _rows = rows;
        _rowOf = rowOf;
        UnitIds = new ReadOnlyCollection<string>(rows.Select(r => r[_columnOf[UnitColumn]]).ToArray());
    }

    /// <summary>Gets the column names in file order (<c>unit</c> among them).</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Gets the listed unit identifiers in file order.</summary>
    public IReadOnlyList<string> UnitIds { get; }

    /// <summary>Gets the number of listed units.</summary>
    public int Count => _rows.Length;

    /// <summary>Reads a units file.</summary>
    /// <param name="utf8Csv">The CSV text; not closed.</param>
    /// <param name="sourceName">The name used in problems (e.g. the file name), or <see langword="null"/>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is <see langword="null"/>.</exception>
    /// <exception cref="ItaValidationException">The header has no <c>unit</c> column, an empty or repeated column name,
    /// or a row has the wrong number of fields, an empty or repeated unit, or an unclosed quote; every problem (up to
    /// 100) is listed with its line.</exception>
    public static UnitTable Load(Stream utf8Csv, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        var reader = new Utf8Lines(utf8Csv);
        var problems = new List<ValidationProblem>();
        var fields = new List<string>();
        string? line;
        try
        {
            line = reader.ReadLine();
        }
        catch (DecoderFallbackException)
        {
            throw Invalid(sourceName, [new ValidationProblem(ProblemCodes.Encoding, "$[1]", "The file is not valid UTF-8.", 1)]);
        }

        if (line is null)
        {
            throw Invalid(sourceName, [new ValidationProblem(ProblemCodes.Header, "$[1]", $"The file is empty; the first line must be a header with a '{UnitColumn}' column, e.g. 'unit,name,type,group,province,district'.", 1, 1)]);
        }

        if (!Split(line, fields, out var headerProblem))
        {
            throw Invalid(sourceName, [new ValidationProblem(ProblemCodes.Header, "$[1]", headerProblem!, 1, 1)]);
        }

        var columns = fields.ToArray();
        for (var c = 0; c < columns.Length; c++)
        {
            if (columns[c].Length == 0)
            {
                problems.Add(new ValidationProblem(ProblemCodes.Header, "$[1]", $"Column {(c + 1).ToString(CultureInfo.InvariantCulture)} of the header has no name.", 1));
            }
            else if (Array.IndexOf(columns, columns[c]) < c)
            {
                problems.Add(new ValidationProblem(ProblemCodes.Header, "$[1]", $"The header names column '{columns[c]}' twice.", 1));
            }
        }

        var unitColumn = Array.IndexOf(columns, UnitColumn);
        if (unitColumn < 0)
        {
            problems.Add(new ValidationProblem(ProblemCodes.Header, "$[1]", $"The header '{line}' has no '{UnitColumn}' column.", 1, 1));
        }

        if (problems.Count > 0)
        {
            throw Invalid(sourceName, problems);
        }

        var rows = new List<string[]>();
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = new List<int>();
        var number = 1;
        var dropped = 0;
        while (true)
        {
            try
            {
                line = reader.ReadLine();
            }
            catch (DecoderFallbackException)
            {
                number++;
                Add(new ValidationProblem(ProblemCodes.Encoding, Path(number), "The line is not valid UTF-8.", number));
                continue;
            }

            if (line is null)
            {
                break;
            }

            number++;
            if (line.Length == 0)
            {
                continue;
            }

            if (!Split(line, fields, out var problem))
            {
                Add(new ValidationProblem(ProblemCodes.Columns, Path(number), problem!, number));
                continue;
            }

            if (fields.Count != columns.Length)
            {
                Add(new ValidationProblem(ProblemCodes.Columns, Path(number), $"The row has {Fields(fields.Count)}; the header has {Fields(columns.Length)}.", number));
                continue;
            }

            var unit = fields[unitColumn];
            if (unit.Length == 0)
            {
                Add(new ValidationProblem(ProblemCodes.Unit, Path(number, UnitColumn), "The unit is empty.", number));
                continue;
            }

            if (!rowOf.TryAdd(unit, rows.Count))
            {
                Add(new ValidationProblem(ProblemCodes.Duplicate, Path(number, UnitColumn), $"Unit {unit} is listed twice (first on line {LineOf(rowOf[unit]).ToString(CultureInfo.InvariantCulture)}).", number));
                continue;
            }

            rows.Add([.. fields]);
            lines.Add(number);
        }

        if (problems.Count > 0)
        {
            if (dropped > 0)
            {
                var listed = problems.Count;
                problems.Add(new ValidationProblem(ProblemCodes.MoreProblems, "$", $"… and {dropped.ToString("N0", CultureInfo.InvariantCulture)} more problem{(dropped == 1 ? string.Empty : "s")}."));
                throw new ItaValidationException(sourceName, problems, listed + (long)dropped);
            }

            throw Invalid(sourceName, problems);
        }

        return new UnitTable(columns, [.. rows], rowOf);

        void Add(ValidationProblem problem)
        {
            if (problems.Count < MaxProblems)
            {
                problems.Add(problem);
            }
            else
            {
                dropped++;
            }
        }

        int LineOf(int row) => lines[row];
    }

    /// <summary>Reads a units file from disk.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ItaValidationException">See <see cref="Load(Stream, string?)"/>.</exception>
    public static UnitTable LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Load(stream, System.IO.Path.GetFileName(path));
    }

    /// <summary>Tells whether a unit is listed.</summary>
    /// <param name="unit">The unit identifier.</param>
    /// <returns><see langword="true"/> when the unit has a row.</returns>
    public bool Contains(string unit) => _rowOf.ContainsKey(unit);

    /// <summary>Tells whether the table has a column.</summary>
    /// <param name="column">The column name.</param>
    /// <returns><see langword="true"/> when the header names the column.</returns>
    public bool HasColumn(string column) => _columnOf.ContainsKey(column);

    /// <summary>Gets a unit's value in a column.</summary>
    /// <param name="unit">The unit identifier.</param>
    /// <param name="column">The column name.</param>
    /// <returns>The value (empty when the field is empty), or <see langword="null"/> when the unit is not listed.</returns>
    /// <exception cref="ArgumentException"><paramref name="column"/> is not a column of the table.</exception>
    public string? GetValue(string unit, string column)
    {
        var c = ColumnIndex(column);
        return _rowOf.TryGetValue(unit, out var row) ? _rows[row][c] : null;
    }

    /// <summary>Names the units of a year that have no name (CSV and Parquet input carry none) with the names this
    /// table lists: its <c>name</c> column (<see cref="NameColumn"/>). A unit that already has a name keeps it; an empty
    /// name is no name.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The year with the names (sharing its answers), or <paramref name="year"/> itself when the table has no
    /// <c>name</c> column or names no unit of the year that has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="year"/> is <see langword="null"/>.</exception>
    public YearData NameUnits(YearData year)
    {
        ArgumentNullException.ThrowIfNull(year);
        if (!_columnOf.TryGetValue(NameColumn, out var column))
        {
            return year;
        }

        YearUnit[]? named = null;
        for (var u = 0; u < year.UnitArray.Length; u++)
        {
            var unit = year.UnitArray[u];
            if (string.IsNullOrEmpty(unit.Name) && _rowOf.TryGetValue(unit.Id, out var row) && _rows[row][column] is { Length: > 0 } name)
            {
                named ??= (YearUnit[])year.UnitArray.Clone();
                named[u] = new YearUnit(unit.Index, unit.Id, name, unit.IitRespondents, unit.EitRespondents, unit.OitChecks, unit.MinimumRespondents);
            }
        }

        return named is null ? year : year.WithUnits(named);
    }

    /// <summary>Gets the units of a year that this table does not list, in the year's order (the join's first half of
    /// mismatches; a group table groups them under an empty value).</summary>
    /// <param name="year">The year.</param>
    /// <returns>The units' identifiers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="year"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<string> UnitsNotListed(YearData year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return Array.AsReadOnly(year.Units.Select(u => u.Id).Where(id => !_rowOf.ContainsKey(id)).ToArray());
    }

    /// <summary>Gets the units this table lists that a year does not have, in the table's order.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The units' identifiers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="year"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<string> UnitsNotIn(YearData year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var inYear = year.Units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        return Array.AsReadOnly(UnitIds.Where(id => !inYear.Contains(id)).ToArray());
    }

    /// <summary>Gets the value of a listed unit (by position in <see cref="UnitIds"/>) in a column.</summary>
    internal string ValueAt(int row, int column) => _rows[row][column];

    private static string Fields(int count) => count == 1 ? "1 field" : $"{count.ToString(CultureInfo.InvariantCulture)} fields";

    /// <summary>Gets the row of a unit, or -1.</summary>
    internal int RowOf(string unit) => _rowOf.TryGetValue(unit, out var row) ? row : -1;

    /// <summary>Gets the index of a column.</summary>
    internal int ColumnIndex(string column) => _columnOf.TryGetValue(column, out var c)
        ? c
        : throw new ArgumentException($"The units table has no column '{column}'; its columns are {ColumnList}.", nameof(column));

    /// <summary>The columns, each quoted (a column's name may hold a comma), for messages.</summary>
    internal string ColumnList => string.Join(", ", Columns.Select(c => $"'{c}'"));

    /// <inheritdoc/>
    public override string ToString() => $"{Count.ToString(CultureInfo.InvariantCulture)} units ({string.Join(",", Columns)})";

    private static ItaValidationException Invalid(string? name, IReadOnlyList<ValidationProblem> problems) => new(name, problems);

    private static string Path(int line, string? field = null) => "$[" + line.ToString(CultureInfo.InvariantCulture) + "]" + (field is null ? string.Empty : "." + field);

    /// <summary>Splits one CSV line into fields; quoted fields are unquoted.</summary>
    private static bool Split(string line, List<string> fields, out string? problem)
    {
        fields.Clear();
        problem = null;
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        problem = "A quoted field is not closed (fields may not span lines).";
                        return false;
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }

                if (i < line.Length && line[i] != ',')
                {
                    problem = $"Text follows a closing quote at column {(i + 1).ToString(CultureInfo.InvariantCulture)}.";
                    return false;
                }
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var end = comma < 0 ? line.Length : comma;
                field.Append(line, i, end - i);
                i = end;
            }

            fields.Add(field.ToString());
            if (i >= line.Length)
            {
                return true;
            }

            i++; // the comma
        }
    }

    /// <summary>Reads lines of UTF-8 text as <see cref="StreamReader.ReadLine"/> does (a line ends at <c>\n</c>,
    /// <c>\r</c> or <c>\r\n</c>; a leading byte order mark is skipped), decoding each line on its own, so that bytes
    /// that are not UTF-8 are reported on their own line (a <see cref="StreamReader"/> decodes a whole buffer at a
    /// time). Holds one buffer, grown to the longest line. Not <see cref="Utf8LineReader"/>, the year readers' line
    /// reader: that one ends lines at LF only, stops at <see cref="YearReadOptions.MaxLineBytes"/> and reports through a
    /// <see cref="YearReadSession"/>; a units file keeps the line endings and lengths <see cref="StreamReader"/> took.</summary>
    private sealed class Utf8Lines(Stream stream)
    {
        private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);
        private byte[] _buffer = new byte[1 << 14];
        private int _start;
        private int _end;
        private bool _eof;
        private bool _begun;

        /// <summary>The next line, or <see langword="null"/> at the end.</summary>
        /// <exception cref="DecoderFallbackException">The line is not valid UTF-8.</exception>
        public string? ReadLine()
        {
            if (!_begun)
            {
                _begun = true;
                while (_end < 3 && !_eof)
                {
                    Fill();
                }

                if (_buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8))
                {
                    _start = 3;
                }
            }

            var scanned = 0;
            while (true)
            {
                var at = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOfAny((byte)'\n', (byte)'\r');
                if (at >= 0)
                {
                    var end = _start + scanned + at;
                    if (_buffer[end] == '\r' && end + 1 == _end && !_eof)
                    {
                        // A \r at the end of the buffer: whether a \n follows decides where the next line starts.
                        scanned = end - _start;
                        Fill();
                        continue;
                    }

                    var from = _start;
                    _start = end + (_buffer[end] == '\r' && end + 1 < _end && _buffer[end + 1] == '\n' ? 2 : 1);
                    return Strict.GetString(_buffer, from, end - from); // past the line even when it is not UTF-8
                }

                if (_eof)
                {
                    if (_start == _end)
                    {
                        return null;
                    }

                    var from = _start;
                    _start = _end;
                    return Strict.GetString(_buffer, from, _end - from);
                }

                scanned = _end - _start;
                Fill();
            }
        }

        /// <summary>Moves the unread bytes to the front (growing the buffer when they fill it) and reads more.</summary>
        private void Fill()
        {
            if (_start > 0)
            {
                _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
                _end -= _start;
                _start = 0;
            }
            else if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = stream.Read(_buffer, _end, _buffer.Length - _end);
            _eof = read == 0;
            _end += read;
        }
    }
}
