using System.Globalization;
using Ita.Model.Batch;
using Parquet;
using Parquet.Schema;

namespace Ita.Model.Parquet;

/// <summary>Reads an answers file row group by row group and adds each unit (its rows contiguous) to the builder.</summary>
internal sealed class AnswersReader(ParquetReader reader, string name, Edition edition, YearDataBuilder builder, Dictionary<string, List<KeyValuePair<string, OitCheck>>> oit)
{
    private readonly Dictionary<string, QuestionItem> _items = edition.Items.Where(i => i.Tool != Tool.Oit).ToDictionary(i => i.Code, StringComparer.Ordinal);
    private readonly HashSet<string> _done = new(StringComparer.Ordinal);
    private readonly UnitRows _iit = new();
    private readonly UnitRows _eit = new();
    private string? _unit;
    private long _row;

    public async Task Run(CancellationToken cancellationToken)
    {
        var unitField = ParquetYear.Field(reader, name, "unit", typeof(string));
        var toolField = ParquetYear.Field(reader, name, "tool", typeof(string));
        var respondentField = ParquetYear.Field(reader, name, "respondent", typeof(string), typeof(int), typeof(long));
        var itemField = ParquetYear.Field(reader, name, "item", typeof(string));
        var partField = ParquetYear.Field(reader, name, "part", typeof(string));
        var answerField = ParquetYear.Field(reader, name, "answer", typeof(int), typeof(long));
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = checked((int)group.RowCount);
            var units = new string?[n];
            var tools = new string?[n];
            var items = new string?[n];
            var parts = new string?[n];
            await group.ReadAsync(unitField, units.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.ReadAsync(toolField, tools.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.ReadAsync(itemField, items.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.ReadAsync(partField, parts.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            var respondents = await ReadKeys(group, respondentField, n, cancellationToken).ConfigureAwait(false);
            var answers = await ReadLongs(group, answerField, n, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < n; i++)
            {
                _row++;
                Add(units[i], tools[i], respondents[i], items[i], parts[i], answers[i]);
            }
        }

        Flush();
    }

    private void Add(string? unit, string? tool, object? respondent, string? code, string? part, long? answer)
    {
        if (string.IsNullOrEmpty(unit))
        {
            throw ParquetYear.Problem(name, _row, "unit", "unit", "The unit is empty.");
        }

        if (!string.Equals(unit, _unit, StringComparison.Ordinal))
        {
            Flush();
            if (!_done.Add(unit))
            {
                throw ParquetYear.Problem(name, _row, "unit", "not-contiguous", $"The rows of unit {unit} are not contiguous: sort the file by unit.");
            }

            _unit = unit;
        }

        var rows = tool switch
        {
            "iit" => _iit,
            "eit" => _eit,
            _ => throw ParquetYear.Problem(name, _row, "tool", "tool", $"'tool' is iit or eit, not '{tool}'."),
        };
        if (respondent is null)
        {
            throw ParquetYear.Problem(name, _row, "respondent", "respondent", "The respondent is empty.");
        }

        if (code is null || !_items.TryGetValue(code, out var item))
        {
            throw ParquetYear.Problem(name, _row, "item", "unknown-item", $"'{code}' is not an IIT or EIT item of edition {edition.Id}. {edition.DescribeItemRanges()}");
        }

        var p = 0;
        if (item.Parts.Count > 1)
        {
            p = -1;
            for (var k = 0; k < item.Parts.Count; k++)
            {
                if (string.Equals(item.Parts[k].Code, part, StringComparison.Ordinal))
                {
                    p = k;
                }
            }

            if (p < 0)
            {
                throw ParquetYear.Problem(name, _row, "part", "part", $"Item {code} has parts {string.Join(", ", item.Parts.Select(x => x.Code))}; '{part}' is not one of them.");
            }
        }
        else if (!string.IsNullOrEmpty(part))
        {
            throw ParquetYear.Problem(name, _row, "part", "part", $"Item {code} has no parts; the part must be empty, not '{part}'.");
        }

        int? level = null;
        if (answer is { } a)
        {
            if (a < 0 || a > byte.MaxValue)
            {
                throw ParquetYear.Problem(name, _row, "answer", "answer", $"The answer {a.ToString(CultureInfo.InvariantCulture)} is not a level index.");
            }

            level = (int)a;
        }

        if (!rows.Set(respondent, item, p, level))
        {
            throw ParquetYear.Problem(name, _row, "item", "duplicate", $"Respondent {respondent} of unit {unit} already answered {code}{(item.Parts.Count > 1 ? " part " + part : string.Empty)}.");
        }
    }

    private void Flush()
    {
        if (_unit is null)
        {
            return;
        }

        var checks = oit.Remove(_unit, out var list) ? list : null;
        ParquetYear.Add(builder, _unit, new ResponseSet(_iit.Take(), _eit.Take(), checks), name);
        _unit = null;
    }

    private static async Task<object?[]> ReadKeys(ParquetRowGroupReader group, DataField field, int n, CancellationToken cancellationToken)
    {
        if (field.ClrType == typeof(int) || field.ClrType == typeof(long))
        {
            var values = await ReadLongs(group, field, n, cancellationToken).ConfigureAwait(false);
            return values.Select(v => v is { } x ? (object)x : null).ToArray();
        }

        var strings = new string?[n];
        await group.ReadAsync(field, strings.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
        return strings.Select(s => string.IsNullOrEmpty(s) ? null : (object)s).ToArray();
    }

    private static async Task<long?[]> ReadLongs(ParquetRowGroupReader group, DataField field, int n, CancellationToken cancellationToken)
    {
        var result = new long?[n];
        if (field.ClrType == typeof(int))
        {
            if (field.IsNullable)
            {
                var values = new int?[n];
                await group.ReadAsync(field, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < n; i++)
                {
                    result[i] = values[i];
                }
            }
            else
            {
                var values = new int[n];
                await group.ReadAsync(field, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < n; i++)
                {
                    result[i] = values[i];
                }
            }

            return result;
        }

        if (field.IsNullable)
        {
            await group.ReadAsync(field, result.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var values = new long[n];
            await group.ReadAsync(field, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < n; i++)
            {
                result[i] = values[i];
            }
        }

        return result;
    }

    /// <summary>The respondents of one tool of the current unit, in order of first appearance.</summary>
    private sealed class UnitRows
    {
        private readonly Dictionary<object, int> _index = [];
        private readonly List<Dictionary<string, int?[]>> _answers = [];

        public bool Set(object respondent, QuestionItem item, int part, int? level)
        {
            if (!_index.TryGetValue(respondent, out var r))
            {
                r = _answers.Count;
                _index[respondent] = r;
                _answers.Add(new Dictionary<string, int?[]>(StringComparer.Ordinal));
            }

            var answers = _answers[r];
            if (!answers.TryGetValue(item.Code, out var parts))
            {
                parts = new int?[item.Parts.Count];
                Array.Fill(parts, Unset);
                answers[item.Code] = parts;
            }

            if (parts[part] != Unset)
            {
                return false;
            }

            parts[part] = level;
            return true;
        }

        public List<Respondent> Take()
        {
            var respondents = new List<Respondent>(_answers.Count);
            foreach (var answers in _answers)
            {
                // A part never named stays skipped, as in CSV.
                respondents.Add(new Respondent(answers.Select(a => new KeyValuePair<string, IReadOnlyList<int?>>(a.Key, a.Value.Select(v => v == Unset ? null : v).ToArray()))));
            }

            _index.Clear();
            _answers.Clear();
            return respondents;
        }

        private const int Unset = -1;
    }
}
