namespace Ita.Model.Batch;

/// <summary>The figures of all units of one run, in a few large arrays (one slot per unit): exact item values and
/// respondent counts (what a card is built from), indicator and tool scores. Few, large allocations keep the garbage
/// collector's work independent of the number of units.</summary>
internal sealed class UnitFigures
{
    private readonly Edition _edition;
    private readonly int? _fiscalYear;
    private readonly int _itemCount;
    private readonly int _indicatorCount;
    private readonly int _toolCount;
    private readonly decimal[] _items;
    private readonly int[] _respondents;
    private readonly Score[] _indicators;
    private readonly Score[] _tools;

    public UnitFigures(Edition edition, int? fiscalYear, int units)
    {
        _edition = edition;
        _fiscalYear = fiscalYear;
        _itemCount = edition.Items.Count;
        _indicatorCount = edition.Indicators.Count;
        _toolCount = edition.Tools.Count;
        _items = new decimal[units * _itemCount];
        _respondents = new int[units * _itemCount];
        _indicators = new Score[units * _indicatorCount];
        _tools = new Score[units * _toolCount];
    }

    public Span<decimal> ItemSpan(int slot) => _items.AsSpan(slot * _itemCount, _itemCount);

    public Span<int> RespondentSpan(int slot) => _respondents.AsSpan(slot * _itemCount, _itemCount);

    public Span<Score> IndicatorSpan(int slot) => _indicators.AsSpan(slot * _indicatorCount, _indicatorCount);

    public Span<Score> ToolSpan(int slot) => _tools.AsSpan(slot * _toolCount, _toolCount);

    public ArraySegment<decimal> ItemValues(int slot) => new(_items, slot * _itemCount, _itemCount);

    public ArraySegment<Score> Indicators(int slot) => new(_indicators, slot * _indicatorCount, _indicatorCount);

    public ArraySegment<Score> Tools(int slot) => new(_tools, slot * _toolCount, _toolCount);

    public ScoreCard BuildCard(int slot, IReadOnlyList<ScoringWarning> warnings)
    {
        var values = new ItemValue?[_itemCount];
        var items = ItemSpan(slot);
        var respondents = RespondentSpan(slot);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = new ItemValue(items[i], InputLevel.Responses, respondents[i] < 0 ? null : respondents[i]);
        }

        return ScoringEngine.RollUpItems(_edition, _fiscalYear, values, warnings);
    }
}
