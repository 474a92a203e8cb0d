using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ita.Model.Json;

// Contract of the score card document.
// The JSON contract as C# types: what the library writes, and what the schema files under docs/schema/ are
// generated from (JsonSchemaExporter, in a test) together with the [Schema] constraints. Reading goes through the
// positional strict readers (AssessmentDocument, ScoreCardDocument, EditionReader), which report every problem
// with its path and position; these types are written, and deserialized only by tests (editions) to prove the
// schema covers the format. Property order here is the order written.
#pragma warning disable CA2227 // Contract types are plain data carriers for the source-generated serializer.
#pragma warning disable CA1002 // List<T> keeps the generated code simple; these types are internal.
#pragma warning disable MA0016 // Same: concrete collections in internal contract types.

namespace Ita.Model.Documents;

[Description("The edition rules that produced the card, each with its evidence.")]
internal sealed class CardRulesDto
{
    [JsonRequired]
    [Description("How a multi-part item's score is computed from its parts.")]
    public CardRuleDto ItemFromParts { get; set; } = new();

    [JsonRequired]
    [Description("How an item's score is computed from respondents' answers.")]
    public CardRuleDto ItemFromRespondents { get; set; } = new();

    [JsonRequired]
    [Description("Whether item scores enter the roll-up rounded or exact.")]
    public CardRuleDto ItemScoreInRollUp { get; set; } = new();

    [JsonRequired]
    [Description("How an IIT/EIT indicator is computed from its items.")]
    public CardRuleDto IndicatorFromItems { get; set; } = new();

    [JsonRequired]
    [Description("How an OIT indicator is computed (mean of sub-indicators or of items).")]
    public CardRuleDto OitIndicator { get; set; } = new();

    [JsonRequired]
    [Description("How a tool's score is computed from its indicators.")]
    public CardRuleDto ToolFromIndicators { get; set; } = new();

    [JsonRequired]
    [Description("How the total is computed from the tools.")]
    public CardRuleDto Total { get; set; } = new();

    [JsonRequired]
    [Description("How presented values are rounded.")]
    public CardRoundingDto Rounding { get; set; } = new();

    [JsonRequired]
    [Description("The grading scheme used.")]
    public CardGradingDto Grading { get; set; } = new();
}
