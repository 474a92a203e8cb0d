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

[Description("A score card: the scoring engine's result for one unit, every level from items to the total, exact and presented values, the grade, warnings, and the edition rules (with their evidence) that produced it.")]
[Schema(SchemaRule.Open)]
internal sealed class ScoreCardDto
{
    [JsonRequired]
    [Schema(SchemaRule.SchemaVersion)]
    [Description("The document format version (1).")]
    public int SchemaVersion { get; set; }

    [JsonRequired]
    [Schema(Const = "scoreCard")]
    [Description("The document kind, \"scoreCard\".")]
    public string Kind { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The id of the edition whose rules produced the card.")]
    public string Edition { get; set; } = string.Empty;

    [JsonRequired]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    [Schema(SchemaRule.FiscalYear)]
    [Description("The fiscal year assessed, or null when the input did not say and the edition covers several years.")]
    public int? FiscalYear { get; set; }

    [Description("The unit the card is for.")]
    public UnitDto? Unit { get; set; }

    [JsonRequired]
    [Description("The level the card was computed from: indicators, items, responses, or mixed when indicators differ.")]
    public InputLevel InputLevel { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The total as presented: rounded half away from zero, exactly two decimals.")]
    public decimal Total { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The exact total (the full decimal, trailing zeros removed).")]
    public decimal TotalExact { get; set; }

    [JsonRequired]
    [Description("The grade (letter level or rating) from the rounded total and tool scores.")]
    public GradeDto Grade { get; set; } = new();

    [JsonRequired]
    [Description("Whether the grade counts as passed (ผ่านเกณฑ์).")]
    public bool Passed { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The pass mark of the grading scheme.")]
    public decimal PassMark { get; set; }

    [JsonRequired]
    [Description("The presented tool scores.")]
    public CardToolsDto Tools { get; set; } = new();

    [JsonRequired]
    [Description("The tool scores with weights and weighted contributions, in the order IIT, EIT, OIT.")]
    public List<ToolScoreDto> ToolScores { get; set; } = [];

    [JsonRequired]
    [Description("Every indicator, in number order.")]
    public List<IndicatorScoreDto> Indicators { get; set; } = [];

    [JsonRequired]
    [Description("The OIT sub-indicators computed from items (empty otherwise).")]
    public List<SubIndicatorScoreDto> SubIndicators { get; set; } = [];

    [JsonRequired]
    [Description("Every item the card was computed from, in edition order (empty for indicator input).")]
    public List<ItemScoreDto> Items { get; set; } = [];

    [JsonRequired]
    [Description("Warnings about the input; the card is complete regardless.")]
    public List<WarningDto> Warnings { get; set; } = [];

    [JsonRequired]
    [Description("The edition rules used, each with its evidence.")]
    public CardRulesDto Rules { get; set; } = new();

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

[Description("A grade level.")]
internal sealed class GradeDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The grading scheme id (letter-7, rating-5 …).")]
    public string Scheme { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The level code (AA … F; excellent, good, pass, improve, urgent).")]
    public string Code { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The Thai label, e.g. ผ่าน.")]
    public string Thai { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The English label.")]
    public string English { get; set; } = string.Empty;

    [JsonRequired]
    [Description("Whether the level counts as passed.")]
    public bool Passed { get; set; }
}

[Description("The presented score of each tool.")]
internal sealed class CardToolsDto
{
    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("IIT score, two decimals.")]
    public decimal Iit { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("EIT score, two decimals.")]
    public decimal Eit { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("OIT score, two decimals.")]
    public decimal Oit { get; set; }
}

[Description("One tool's score and its weighted contribution to the total.")]
internal sealed class ToolScoreDto
{
    [JsonRequired]
    [Description("The tool.")]
    public Tool Tool { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The presented score (two decimals).")]
    public decimal Score { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The exact score.")]
    public decimal Exact { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonNegative)]
    [Description("The tool's weight in the total (e.g. 0.30).")]
    public decimal Weight { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("weight × exact score, presented (as NACC tables print \"IIT×0.3\").")]
    public decimal Weighted { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("weight × exact score, exact.")]
    public decimal WeightedExact { get; set; }
}

[Description("One indicator's score.")]
internal sealed class IndicatorScoreDto
{
    [JsonRequired]
    [Schema(SchemaRule.Positive)]
    [Description("The indicator number.")]
    public int Number { get; set; }

    [JsonRequired]
    [Description("The tool the indicator belongs to.")]
    public Tool Tool { get; set; }

    [JsonRequired]
    [Description("The Thai name (from the edition).")]
    public string Thai { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The English name (from the edition).")]
    public string English { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The presented score.")]
    public decimal Score { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The exact score.")]
    public decimal Exact { get; set; }

    [JsonRequired]
    [Description("The level the score was computed from.")]
    public InputLevel Source { get; set; }
}

[Description("One OIT sub-indicator's score (the mean of its items).")]
internal sealed class SubIndicatorScoreDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The sub-indicator code, e.g. 9.1.")]
    public string Code { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.Positive)]
    [Description("The indicator it belongs to.")]
    public int Indicator { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The presented score.")]
    public decimal Score { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The exact score.")]
    public decimal Exact { get; set; }
}

[Description("One item's score.")]
internal sealed class ItemScoreDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The item code.")]
    public string Code { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.Positive)]
    [Description("The indicator it belongs to.")]
    public int Indicator { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The presented score.")]
    public decimal Score { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The exact score.")]
    public decimal Exact { get; set; }

    [JsonRequired]
    [Description("items when given as a score, responses when computed from answers or the OIT checklist.")]
    public InputLevel Source { get; set; }

    [Schema(SchemaRule.NonNegative)]
    [Description("How many respondents answered the item (IIT/EIT items computed from responses only).")]
    public int? Respondents { get; set; }
}

[Description("A warning: the card is complete, but something deserves attention.")]
internal sealed class WarningDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("A stable machine-readable code.")]
    public string Code { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("Where it applies, as a JSON path.")]
    public string Path { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("What to look at.")]
    public string Message { get; set; } = string.Empty;
}

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

[Description("A scoring rule and its evidence.")]
internal sealed class CardRuleDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The method, as named in the edition format.")]
    public string Method { get; set; } = string.Empty;

    [JsonRequired]
    [Description("How the rule is known.")]
    public Provenance Provenance { get; set; }

    [JsonRequired]
    [Description("Where the rule comes from.")]
    public string Source { get; set; } = string.Empty;

    [Description("A note on the evidence.")]
    public string? Note { get; set; }
}

[Description("The rounding rule and its evidence.")]
internal sealed class CardRoundingDto
{
    [JsonRequired]
    [Description("The number of decimals presented.")]
    public int Decimals { get; set; }

    [JsonRequired]
    [Schema(Const = "halfAwayFromZero")]
    [Description("The rounding mode.")]
    public string Mode { get; set; } = string.Empty;

    [JsonRequired]
    [Description("How the rule is known.")]
    public Provenance Provenance { get; set; }

    [JsonRequired]
    [Description("Where the rule comes from.")]
    public string Source { get; set; } = string.Empty;

    [Description("A note on the evidence.")]
    public string? Note { get; set; }
}

[Description("The grading scheme and its evidence.")]
internal sealed class CardGradingDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The scheme id.")]
    public string Id { get; set; } = string.Empty;

    [JsonRequired]
    [Description("How the scheme is known.")]
    public Provenance Provenance { get; set; }

    [JsonRequired]
    [Description("Where the scheme comes from.")]
    public string Source { get; set; } = string.Empty;

    [Description("A note on the evidence.")]
    public string? Note { get; set; }
}
