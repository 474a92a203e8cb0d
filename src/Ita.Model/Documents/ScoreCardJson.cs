using System.Text.Json;
using Ita.Model.Json;

namespace Ita.Model.Documents;

/// <summary>Writes a <see cref="ScoreCard"/> as a JSON score-card document (docs/json.md): the one writer behind
/// <see cref="ScoreCardDocument.ToJson"/>, <see cref="ScoreCardDocument.WriteTo(Stream)"/> and the serializer options
/// of <c>ItaJson</c>.</summary>
/// <remarks>Thai text is written as UTF-8 characters, not <c>\u</c> escapes; presented scores keep exactly two
/// decimals (<c>100.00</c>), exact values are written in full; enum-like values are camelCase strings.</remarks>
internal static class ScoreCardJson
{
    /// <summary>Gets the writer options used by the library: indented, Thai kept readable, LF line ends on .NET 9
    /// and later.</summary>
    internal static JsonWriterOptions WriterOptions => JsonText.WriterOptions;

    /// <summary>Returns the card as a JSON document.</summary>
    /// <param name="card">The card.</param>
    /// <param name="unit">The unit the card is for, or <see langword="null"/>.</param>
    /// <returns>The JSON text (UTF-8 characters, LF line ends, no trailing newline).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is <see langword="null"/>.</exception>
    internal static string ToJson(ScoreCard card, UnitInfo? unit = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonText.ToText(w => Write(w, card, unit));
    }

    /// <summary>Writes the card to a JSON writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="card">The card.</param>
    /// <param name="unit">The unit the card is for, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="card"/> is
    /// <see langword="null"/>.</exception>
    internal static void Write(Utf8JsonWriter writer, ScoreCard card, UnitInfo? unit = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(card);
        JsonSerializer.Serialize(writer, ToContract(card, unit, null), ItaJsonContext.Writer.ScoreCardDto);
        writer.Flush();
    }

    /// <summary>Writes the card's properties into an object the caller has started (and will end), e.g. a document
    /// that extends the card with an <c>analysis</c>.</summary>
    internal static void WriteProperties(Utf8JsonWriter w, ScoreCard card, UnitInfo? unit)
    {
        using var document = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(ToContract(card, unit, null), ItaJsonContext.Writer.ScoreCardDto));
        foreach (var property in document.RootElement.EnumerateObject())
        {
            property.WriteTo(w);
        }
    }

    internal static string Name(InputLevel level) => level switch
    {
        InputLevel.Indicators => "indicators",
        InputLevel.Items => "items",
        InputLevel.Responses => "responses",
        _ => "mixed",
    };

    internal static ScoreCardDto ToContract(ScoreCard card, UnitInfo? unit, PropertyBag? additional)
    {
        var edition = card.Edition;
        var rules = edition.Rules;
        return new ScoreCardDto
        {
            SchemaVersion = 1,
            Kind = "scoreCard",
            Edition = edition.Id,
            FiscalYear = card.FiscalYear,
            Unit = unit is null ? null : AssessmentDocument.ToContract(unit),
            InputLevel = card.InputLevel,
            Total = card.Total.Rounded,
            TotalExact = card.Total.Exact,
            Grade = Grade(edition.Grading, card.Grade),
            Passed = card.Passed,
            PassMark = card.PassMark,
            Tools = new CardToolsDto
            {
                Iit = card.GetTool(Tool.Iit).Score.Rounded,
                Eit = card.GetTool(Tool.Eit).Score.Rounded,
                Oit = card.GetTool(Tool.Oit).Score.Rounded,
            },
            ToolScores = card.Tools.Select(t => new ToolScoreDto
            {
                Tool = t.Tool,
                Score = t.Score.Rounded,
                Exact = t.Score.Exact,
                Weight = t.Weight,
                Weighted = t.Weighted.Rounded,
                WeightedExact = t.Weighted.Exact,
            }).ToList(),
            Indicators = card.Indicators.Select(i => new IndicatorScoreDto
            {
                Number = i.Number,
                Tool = i.Tool,
                Thai = i.Indicator.Thai,
                English = i.Indicator.English,
                Score = i.Score.Rounded,
                Exact = i.Score.Exact,
                Source = i.Source,
            }).ToList(),
            SubIndicators = card.SubIndicators.Select(s => new SubIndicatorScoreDto
            {
                Code = s.Code,
                Indicator = s.SubIndicator.IndicatorNumber,
                Score = s.Score.Rounded,
                Exact = s.Score.Exact,
            }).ToList(),
            Items = card.Items.Select(i => new ItemScoreDto
            {
                Code = i.Code,
                Indicator = i.Item.IndicatorNumber,
                Score = i.Score.Rounded,
                Exact = i.Score.Exact,
                Source = i.Source,
                Respondents = i.Respondents,
            }).ToList(),
            Warnings = card.Warnings.Select(w => new WarningDto { Code = w.Code, Path = w.Path, Message = w.Message }).ToList(),
            Rules = new CardRulesDto
            {
                ItemFromParts = Rule(rules.ItemFromParts),
                ItemFromRespondents = Rule(rules.ItemFromRespondents),
                ItemScoreInRollUp = Rule(rules.ItemScoreInRollUp),
                IndicatorFromItems = Rule(rules.IndicatorFromItems),
                OitIndicator = Rule(rules.OitIndicator),
                ToolFromIndicators = Rule(rules.ToolFromIndicators),
                Total = Rule(rules.Total),
                Rounding = new CardRoundingDto
                {
                    Decimals = rules.Rounding.Decimals,
                    Mode = "halfAwayFromZero",
                    Provenance = rules.Rounding.Evidence.Provenance,
                    Source = rules.Rounding.Evidence.Source,
                    Note = rules.Rounding.Evidence.Note,
                },
                Grading = new CardGradingDto
                {
                    Id = edition.Grading.Id,
                    Provenance = edition.Grading.Evidence.Provenance,
                    Source = edition.Grading.Evidence.Source,
                    Note = edition.Grading.Evidence.Note,
                },
            },
            AdditionalProperties = additional?.ToExtensionData(),
        };
    }

    internal static GradeDto Grade(GradingScheme scheme, GradeLevel level) => new()
    {
        Scheme = scheme.Id,
        Code = level.Code,
        Thai = level.Thai,
        English = level.English,
        Passed = level.Passed,
    };

    private static CardRuleDto Rule(ScoringRule rule) => new()
    {
        Method = rule.Method,
        Provenance = rule.Evidence.Provenance,
        Source = rule.Evidence.Source,
        Note = rule.Evidence.Note,
    };
}
