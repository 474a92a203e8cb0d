using System.Globalization;
using Ita.Model.Json;

namespace Ita.Model.Documents;

// Writing: maps the model to the contract types of Documents/Contract, which are serialized.
public partial class AssessmentDocument
{
    internal static UnitDto ToContract(UnitInfo unit) => new()
    {
        Id = unit.Id,
        Name = unit.Name,
        Type = unit.Type,
        Province = unit.Province,
        District = unit.District,
        AdditionalProperties = unit.Additional.ToExtensionData(),
    };

    private static Dictionary<string, decimal>? IndicatorContract(IReadOnlyDictionary<int, decimal> scores) =>
        scores.Count == 0 ? null : scores.OrderBy(p => p.Key).ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture), p => p.Value, StringComparer.Ordinal);

    private static Dictionary<string, decimal>? ItemContract(IReadOnlyDictionary<string, decimal> scores) =>
        scores.Count == 0 ? null : scores.OrderBy(p => p.Key, ItemCodeOrder.Instance).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static PublishedToolsDto? ToolsContract(IReadOnlyDictionary<Tool, decimal> tools) =>
        tools.Count == 0 ? null : new PublishedToolsDto
        {
            Iit = tools.TryGetValue(Tool.Iit, out var iit) ? iit : null,
            Eit = tools.TryGetValue(Tool.Eit, out var eit) ? eit : null,
            Oit = tools.TryGetValue(Tool.Oit, out var oit) ? oit : null,
        };

    private static PublishedDto ToContract(PublishedFigures published) => new()
    {
        Source = published.Source,
        Total = published.Total,
        Grade = published.Grade,
        Tools = ToolsContract(published.Tools),
        Indicators = IndicatorContract(published.Indicators),
        Items = ItemContract(published.Items),
        Notes = published.Notes.Count == 0 ? null : [.. published.Notes],
        Lines = LinesContract(published.SourceLines),
        Alternatives = published.Alternatives.Count == 0 ? null : published.Alternatives.Select(a => new PublishedAlternativeDto
        {
            Source = a.Source!,
            Total = a.Total,
            Grade = a.Grade,
            Tools = ToolsContract(a.Tools),
            Indicators = IndicatorContract(a.Indicators),
            Items = ItemContract(a.Items),
            Notes = a.Notes.Count == 0 ? null : [.. a.Notes],
            Lines = LinesContract(a.SourceLines),
            AdditionalProperties = a.Additional.ToExtensionData(),
        }).ToList(),
        AdditionalProperties = published.Additional.ToExtensionData(),
    };

    private AssessmentDto ToContract() => new()
    {
        SchemaVersion = 1,
        Kind = _writesKind ? "assessment" : null,
        FiscalYear = FiscalYear,
        Edition = EditionId,
        Unit = Unit is null ? null : ToContract(Unit),
        IndicatorScores = IndicatorContract(IndicatorScores),
        ItemScores = ItemContract(ItemScores),
        Responses = Responses is null ? null : new ResponsesSection(Responses, _edition ?? TryResolveEdition(BuiltInEditions.Registry, out _) ?? throw new InvalidOperationException("The document has responses and names no built-in edition; responses are written in their edition's terms (yes/no answers as booleans), so read the document with DocumentReadOptions.Editions to write it.")),
        Published = Published is null ? null : ToContract(Published),
        Import = Import is null ? null : new ImportDto
        {
            Source = Import.Source,
            Lines = Import.LineCount,
            Edition = Import.EditionId,
            Items = Import.Items.Select(i => new ImportItemDto
            {
                Code = i.Code,
                Line = i.Line,
                PrintedCode = i.PrintedCode,
                MatchedBy = i.Match == ItemMatch.Code ? "code" : "text",
                Similarity = i.Similarity,
                Score = i.Score,
                Question = i.PrintedText,
            }).ToList(),
            Unread = Import.Unread.Select(u => new UnreadLineDto { Line = u.Line, Reason = u.Reason, Text = u.Text }).ToList(),
        },
        AdditionalProperties = Additional.ToExtensionData(),
    };

    private static Dictionary<string, List<int>>? LinesContract(IReadOnlyDictionary<string, IReadOnlyList<int>> lines) =>
        lines.Count == 0 ? null : lines.ToDictionary(p => p.Key, p => p.Value.ToList(), StringComparer.Ordinal);
}
