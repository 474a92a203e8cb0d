using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ita.Model.Audit;

// The JSON contract as C# types: what the library writes, and what the schema files under docs/schema/ are
// generated from (JsonSchemaExporter, in a test) together with the [Schema] constraints. Reading goes through the
// positional strict readers (AssessmentDocument, ScoreCardDocument, EditionReader), which report every problem
// with its path and position; these types are written, and deserialized only by tests (editions) to prove the
// schema covers the format. Property order here is the order written.
#pragma warning disable CA2227 // Contract types are plain data carriers for the source-generated serializer.
#pragma warning disable CA1002 // List<T> keeps the generated code simple; these types are internal.
#pragma warning disable MA0016 // Same: concrete collections in internal contract types.

namespace Ita.Model.Json;

// ---------------------------------------------------------------------------------------------------------------
// Assessment document
// ---------------------------------------------------------------------------------------------------------------

[Description("An assessment document: one unit's ITA data for one fiscal year (indicator scores, item scores and/or raw responses) and, optionally, the figures an agency or NACC published for it.")]
[Schema(SchemaRule.Open)]
internal sealed class AssessmentDto
{
    [JsonRequired]
    [Schema(SchemaRule.SchemaVersion)]
    [Description("The document format version; this library reads and writes 1.")]
    public int SchemaVersion { get; set; }

    [Schema(Const = "assessment")]
    [Description("The document kind, \"assessment\". Optional in input; the library always writes it.")]
    public string? Kind { get; set; }

    [Schema(SchemaRule.FiscalYear)]
    [Description("The fiscal year assessed (Buddhist Era, e.g. 2568); the edition covering it is used unless \"edition\" is given. One of fiscalYear and edition is required.")]
    public int? FiscalYear { get; set; }

    [Schema(SchemaRule.NonEmpty)]
    [Description("The id of the edition to score with (e.g. \"2564-2566\", \"2568\" or a registered custom edition).")]
    public string? Edition { get; set; }

    [Description("The assessed unit.")]
    public UnitDto? Unit { get; set; }

    [Schema(SchemaRule.IndicatorScoreMap)]
    [Description("Indicator scores by indicator number (\"1\" … \"10\"), each 0–100, as published (two decimals).")]
    public Dictionary<string, decimal>? IndicatorScores { get; set; }

    [Schema(SchemaRule.ItemScoreMap)]
    [Description("Item scores by item code (\"i1\", \"e3\", \"o28\" …): OIT items 0 or 100, IIT and EIT items their mean 0–100.")]
    public Dictionary<string, decimal>? ItemScores { get; set; }

    [Schema(SchemaRule.Responses)]
    [JsonConverter(typeof(ResponsesSectionConverter))]
    [Description("Raw answers: IIT and EIT respondents, the OIT checklist and the unit's respondent minimums (docs/raw-answers.md).")]
    public ResponsesSection? Responses { get; set; }

    [Description("The figures published for this unit (by the agency or NACC), as printed; checked by the audit, never used to fill in data.")]
    public PublishedDto? Published { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

[Description("The assessed unit (หน่วยงาน).")]
[Schema(SchemaRule.Open)]
internal sealed class UnitDto
{
    [Description("An identifier of the unit in the integrator's system or NACC's list.")]
    public string? Id { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The unit's name, e.g. องค์การบริหารส่วนตำบลบ้านกุ่ม.")]
    public string Name { get; set; } = string.Empty;

    [Description("The kind of unit: อบต., เทศบาลตำบล, เทศบาลเมือง, ส่วนราชการ …")]
    public string? Type { get; set; }

    [Description("The province (จังหวัด).")]
    public string? Province { get; set; }

    [Description("The district (อำเภอ).")]
    public string? District { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

[Description("Published figures as printed by one source: the main result table. Every field is optional.")]
[Schema(SchemaRule.Open)]
internal sealed class PublishedDto
{
    [Description("Where the figures are printed, e.g. the report's title and table.")]
    public string? Source { get; set; }

    [Schema(SchemaRule.Score)]
    [Description("The published total.")]
    public decimal? Total { get; set; }

    [Schema(SchemaRule.NonEmpty)]
    [Description("The published grade or rating as printed: a level code (\"AA\", \"pass\") or its Thai or English label (\"ผ่าน\").")]
    public string? Grade { get; set; }

    [Description("The published tool scores.")]
    public PublishedToolsDto? Tools { get; set; }

    [Schema(SchemaRule.IndicatorScoreMap)]
    [Description("The published indicator scores by number.")]
    public Dictionary<string, decimal>? Indicators { get; set; }

    [Schema(SchemaRule.ItemScoreMap)]
    [Description("The published item scores by code.")]
    public Dictionary<string, decimal>? Items { get; set; }

    [Description("Free-text notes about the figures (e.g. what looks like a typo).")]
    public List<string>? Notes { get; set; }

    [Description("Figures printed elsewhere (another table, the narrative, another publication) for the same unit and year. An alternative lists only what that source prints; for recomputation the figures it does not print are the main ones.")]
    public List<PublishedAlternativeDto>? Alternatives { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

[Description("Figures printed by another source for the same unit and year.")]
[Schema(SchemaRule.Open)]
internal sealed class PublishedAlternativeDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("Where these figures are printed (required: it names the alternative in audit reports).")]
    public string Source { get; set; } = string.Empty;

    [Schema(SchemaRule.Score)]
    [Description("The total as printed there.")]
    public decimal? Total { get; set; }

    [Schema(SchemaRule.NonEmpty)]
    [Description("The grade or rating as printed there.")]
    public string? Grade { get; set; }

    [Description("The tool scores as printed there.")]
    public PublishedToolsDto? Tools { get; set; }

    [Schema(SchemaRule.IndicatorScoreMap)]
    [Description("The indicator scores as printed there.")]
    public Dictionary<string, decimal>? Indicators { get; set; }

    [Schema(SchemaRule.ItemScoreMap)]
    [Description("The item scores as printed there.")]
    public Dictionary<string, decimal>? Items { get; set; }

    [Description("Free-text notes.")]
    public List<string>? Notes { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

[Description("Tool scores (each optional).")]
internal sealed class PublishedToolsDto
{
    [Schema(SchemaRule.Score)]
    [Description("IIT (internal stakeholders) score.")]
    public decimal? Iit { get; set; }

    [Schema(SchemaRule.Score)]
    [Description("EIT (external stakeholders) score.")]
    public decimal? Eit { get; set; }

    [Schema(SchemaRule.Score)]
    [Description("OIT (open data) score.")]
    public decimal? Oit { get; set; }
}

/// <summary>The responses of a document with the edition they are written for (yes/no answers as booleans).</summary>
internal sealed class ResponsesSection(ResponseSet set, Edition edition)
{
    public ResponseSet Set { get; } = set;

    public Edition Edition { get; } = edition;
}

/// <summary>Writes the responses section with <see cref="Documents.ResponsesJson"/> (one respondent per line); reading
/// goes through the strict reader, never through this converter.</summary>
internal sealed class ResponsesSectionConverter : JsonConverter<ResponsesSection>
{
    public override ResponsesSection Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The responses section is read by the strict document reader.");

    public override void Write(Utf8JsonWriter writer, ResponsesSection value, JsonSerializerOptions options) =>
        Documents.ResponsesJson.Write(writer, value.Set, value.Edition);
}

// ---------------------------------------------------------------------------------------------------------------
// Score card
// ---------------------------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------------------------
// Edition definition (docs/edition-format.md)
// ---------------------------------------------------------------------------------------------------------------

[Description("An edition: the complete scoring definition of one or more fiscal years, in the format the built-in editions are embedded in (docs/edition-format.md).")]
internal sealed class EditionDto
{
    [JsonRequired]
    [Schema(SchemaRule.SchemaVersion)]
    [Description("The format version (1).")]
    public int SchemaVersion { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The edition id, e.g. \"2564-2566\", \"2568\".")]
    public string Id { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmptyArray)]
    [Description("The fiscal years (Buddhist Era) covered.")]
    public List<int> FiscalYears { get; set; } = [];

    [JsonRequired]
    [Description("The display title.")]
    public TitleDto Title { get; set; } = new();

    [JsonRequired]
    [Description("The evidence for the edition as a whole.")]
    public EvidenceDto Evidence { get; set; } = new();

    [JsonRequired]
    [Description("The answer scales used by items.")]
    public List<ScaleDto> Scales { get; set; } = [];

    [JsonRequired]
    [Description("Exactly IIT, EIT and OIT, with weights summing to 1.")]
    public List<ToolDefinitionDto> Tools { get; set; } = [];

    [JsonRequired]
    [Description("The numbered indicators, each in one tool.")]
    public List<IndicatorDefinitionDto> Indicators { get; set; } = [];

    [JsonRequired]
    [Description("The OIT sub-indicators (may be empty).")]
    public List<SubIndicatorDefinitionDto> SubIndicators { get; set; } = [];

    [JsonRequired]
    [Description("The question and checklist items.")]
    public List<ItemDefinitionDto> Items { get; set; } = [];

    [JsonRequired]
    [Description("The roll-up and rounding rules.")]
    public EditionRulesDto Rules { get; set; } = new();

    [JsonRequired]
    [Description("The grading scheme.")]
    public GradingDto Grading { get; set; } = new();
}

[Description("A Thai and English title.")]
internal sealed class TitleDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("Thai.")]
    public string Thai { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("English.")]
    public string English { get; set; } = string.Empty;
}

[Description("How an element is known.")]
internal sealed class EvidenceDto
{
    [JsonRequired]
    [Description("official, arith, replica, summary, inferred or provisional.")]
    public Provenance Provenance { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("Where it comes from.")]
    public string Source { get; set; } = string.Empty;

    [Schema(SchemaRule.NonEmpty)]
    [Description("A note.")]
    public string? Note { get; set; }
}

[Description("An answer scale; levels in the question's own order (index 0 = the lowest option, or ไม่มี).")]
internal sealed class ScaleDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The scale id, e.g. L4+.")]
    public string Id { get; set; } = string.Empty;

    [JsonRequired]
    [Description("ordinal, yesNo or checklist.")]
    public AnswerScaleKind Kind { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("Thai name.")]
    public string Thai { get; set; } = string.Empty;

    [Description("English name.")]
    public string? English { get; set; }

    [JsonRequired]
    [Description("The levels; a level scores points / max(points) × 100.")]
    public List<ScaleLevelDto> Levels { get; set; } = [];

    [JsonRequired]
    [Description("The evidence for the scale.")]
    public EvidenceDto Evidence { get; set; } = new();
}

[Description("One level of a scale.")]
internal sealed class ScaleLevelDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("Thai wording of the option.")]
    public string Thai { get; set; } = string.Empty;

    [Description("English wording.")]
    public string? English { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonNegative)]
    [Description("Points (a non-negative integer).")]
    public int Points { get; set; }
}

[Description("A tool's definition.")]
internal sealed class ToolDefinitionDto
{
    [JsonRequired]
    [Description("iit, eit or oit.")]
    public Tool Tool { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("Thai name.")]
    public string Thai { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("English name.")]
    public string English { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The weight in the total (above 0, at most 1).")]
    public decimal Weight { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    [Schema(SchemaRule.Positive)]
    [Description("The minimum number of respondents, or null when unknown.")]
    public int? MinimumRespondents { get; set; }

    [JsonRequired]
    [Description("The evidence.")]
    public EvidenceDto Evidence { get; set; } = new();
}

[Description("An indicator's definition.")]
internal sealed class IndicatorDefinitionDto
{
    [JsonRequired]
    [Schema(SchemaRule.Positive)]
    [Description("The number (1–99).")]
    public int Number { get; set; }

    [JsonRequired]
    [Description("The tool.")]
    public Tool Tool { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("Thai name.")]
    public string Thai { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("English name.")]
    public string English { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The evidence.")]
    public EvidenceDto Evidence { get; set; } = new();
}

[Description("An OIT sub-indicator's definition.")]
internal sealed class SubIndicatorDefinitionDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The code, e.g. 9.1.")]
    public string Code { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.Positive)]
    [Description("The OIT indicator it belongs to.")]
    public int Indicator { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("Thai name.")]
    public string Thai { get; set; } = string.Empty;

    [Description("English name.")]
    public string? English { get; set; }

    [JsonRequired]
    [Description("The evidence.")]
    public EvidenceDto Evidence { get; set; } = new();
}

[Description("An item's definition.")]
internal sealed class ItemDefinitionDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The item code (unique ignoring case).")]
    public string Code { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.Positive)]
    [Description("The indicator it belongs to.")]
    public int Indicator { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    [Description("The sub-indicator code (OIT items when the edition has sub-indicators), else null.")]
    public string? SubIndicator { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The scale id, or \"mixed\" when the parts use different scales.")]
    public string Scale { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("Thai wording.")]
    public string Thai { get; set; } = string.Empty;

    [Description("English wording.")]
    public string? English { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    [Description("The parts of a multi-part item (at least two), or null for a single-part item.")]
    public List<ItemPartDto>? Parts { get; set; }

    [JsonRequired]
    [Description("The evidence.")]
    public EvidenceDto Evidence { get; set; } = new();
}

[Description("One part of a multi-part item.")]
internal sealed class ItemPartDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The part code, e.g. a.")]
    public string Code { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("Thai wording.")]
    public string Thai { get; set; } = string.Empty;

    [Description("English wording.")]
    public string? English { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The part's scale id.")]
    public string Scale { get; set; } = string.Empty;
}

[Description("The roll-up and rounding rules of an edition.")]
internal sealed class EditionRulesDto
{
    [JsonRequired]
    [Description("Multi-part items: meanOfParts.")]
    public RuleDefinitionDto ItemFromParts { get; set; } = new();

    [JsonRequired]
    [Description("Items from respondents: meanOfAnswered.")]
    public RuleDefinitionDto ItemFromRespondents { get; set; } = new();

    [JsonRequired]
    [Description("Item scores in the roll-up: rounded or exact.")]
    public RuleDefinitionDto ItemScoreInRollUp { get; set; } = new();

    [JsonRequired]
    [Description("IIT/EIT indicators: meanOfItems.")]
    public RuleDefinitionDto IndicatorFromItems { get; set; } = new();

    [JsonRequired]
    [Description("OIT indicators: meanOfSubIndicators or meanOfItems.")]
    public RuleDefinitionDto OitIndicator { get; set; } = new();

    [JsonRequired]
    [Description("Tools: meanOfIndicators.")]
    public RuleDefinitionDto ToolFromIndicators { get; set; } = new();

    [JsonRequired]
    [Description("Total: weightedSumOfTools.")]
    public RuleDefinitionDto Total { get; set; } = new();

    [JsonRequired]
    [Description("Rounding of presented values.")]
    public RoundingDefinitionDto Rounding { get; set; } = new();
}

[Description("A rule: its method and evidence.")]
internal sealed class RuleDefinitionDto
{
    [JsonRequired]
    [Schema(Enum = "meanOfParts|meanOfAnswered|rounded|exact|meanOfItems|meanOfSubIndicators|meanOfIndicators|weightedSumOfTools")]
    [Description("The method (which methods a rule accepts: see docs/edition-format.md).")]
    public string Method { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The evidence.")]
    public EvidenceDto Evidence { get; set; } = new();
}

[Description("The rounding rule.")]
internal sealed class RoundingDefinitionDto
{
    [JsonRequired]
    [Description("Decimals presented (0–6).")]
    public int Decimals { get; set; }

    [JsonRequired]
    [Schema(Const = "halfAwayFromZero")]
    [Description("The mode.")]
    public string Mode { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The evidence.")]
    public EvidenceDto Evidence { get; set; } = new();
}

[Description("A grading scheme: levels best first; a result gets the first level whose conditions hold.")]
internal sealed class GradingDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The scheme id.")]
    public string Id { get; set; } = string.Empty;

    [JsonRequired]
    [Description("letter or rating.")]
    public GradingKind Kind { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("Thai name.")]
    public string Thai { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("English name.")]
    public string English { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The pass mark.")]
    public decimal PassMark { get; set; }

    [JsonRequired]
    [Description("The evidence.")]
    public EvidenceDto Evidence { get; set; } = new();

    [JsonRequired]
    [Description("The levels, best first; the last has minTotal 0 and no tool condition.")]
    public List<GradeLevelDto> Levels { get; set; } = [];
}

[Description("A grade level and its conditions.")]
internal sealed class GradeLevelDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The level code.")]
    public string Code { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("Thai label.")]
    public string Thai { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("English label.")]
    public string English { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The smallest rounded total of the level.")]
    public decimal MinTotal { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    [Schema(SchemaRule.Score)]
    [Description("The smallest rounded score every tool must reach, or null.")]
    public decimal? MinEachTool { get; set; }

    [JsonRequired]
    [Description("Whether the level counts as passed.")]
    public bool Passed { get; set; }
}

// ---------------------------------------------------------------------------------------------------------------
// Outputs of the ita tool: audit report, validation result, edition list
// ---------------------------------------------------------------------------------------------------------------

[Description("The audit of an assessment document's published figures: every published figure recomputed from each more detailed level present, discrepancies beyond the tolerance, values printed differently by different sources, and whether each published grade follows.")]
internal sealed class AuditReportDto
{
    [JsonRequired]
    [Schema(SchemaRule.SchemaVersion)]
    [Description("The format version (1).")]
    public int SchemaVersion { get; set; }

    [JsonRequired]
    [Schema(Const = "auditReport")]
    [Description("The document kind, \"auditReport\".")]
    public string Kind { get; set; } = string.Empty;

    [Description("The file or stream the audited document was read from.")]
    public string? Document { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The edition whose rules were used.")]
    public string Edition { get; set; } = string.Empty;

    [Schema(SchemaRule.FiscalYear)]
    [Description("The fiscal year of the document.")]
    public int? FiscalYear { get; set; }

    [Description("The unit audited.")]
    public UnitDto? Unit { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonNegative)]
    [Description("The largest difference accepted between a published figure and its exact recomputation (0.005: the rounding of a two-decimal figure).")]
    public decimal Tolerance { get; set; }

    [JsonRequired]
    [Description("True when there is no discrepancy, no conflict and every published grade follows.")]
    public bool Consistent { get; set; }

    [JsonRequired]
    [Description("Published figures that differ from a recomputation by more than the tolerance.")]
    public List<DiscrepancyDto> Discrepancies { get; set; } = [];

    [JsonRequired]
    [Description("Elements printed with different values by different sources.")]
    public List<ConflictDto> Conflicts { get; set; } = [];

    [JsonRequired]
    [Description("Each published grade checked against the grade that follows from figures.")]
    public List<GradeCheckDto> Grades { get; set; } = [];
}

[Description("A published figure that differs from a recomputation.")]
internal sealed class DiscrepancyDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The source that printed the figure: \"published\" (the main figures) or an alternative's source.")]
    public string Printing { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The JSON path of the published figure in the document.")]
    public string Path { get; set; } = string.Empty;

    [Schema(SchemaRule.Positive)]
    [Description("Its line in the document.")]
    public int? Line { get; set; }

    [Schema(SchemaRule.Positive)]
    [Description("Its column in the document.")]
    public int? Column { get; set; }

    [JsonRequired]
    [Description("item, indicator, tool or total.")]
    public AuditLevel Level { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The element: an item code, an indicator number, a tool (iit, eit, oit) or \"total\".")]
    public string Element { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The published value.")]
    public decimal Published { get; set; }

    [JsonRequired]
    [Description("The recomputed value, presented (rounded to the edition's decimals).")]
    public decimal Recomputed { get; set; }

    [JsonRequired]
    [Description("The recomputed value, exact.")]
    public decimal RecomputedExact { get; set; }

    [JsonRequired]
    [Description("published − recomputed (presented).")]
    public decimal Difference { get; set; }

    [JsonRequired]
    [Description("What the value was recomputed from: input (the document's data), items, indicators or tools (as printed by the same source).")]
    public AuditBasis Basis { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("A readable description.")]
    public string Message { get; set; } = string.Empty;
}

[Description("An element printed with different values by different sources.")]
internal sealed class ConflictDto
{
    [JsonRequired]
    [Description("grade, total, tool, indicator or item.")]
    public AuditLevel Level { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The element.")]
    public string Element { get; set; } = string.Empty;

    [JsonRequired]
    [Description("Each source's value, main figures first.")]
    public List<ConflictValueDto> Values { get; set; } = [];

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("A readable description.")]
    public string Message { get; set; } = string.Empty;
}

[Description("One source's value of a conflicting element.")]
internal sealed class ConflictValueDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The source.")]
    public string Printing { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The JSON path of the value.")]
    public string Path { get; set; } = string.Empty;

    [Schema(SchemaRule.Positive)]
    [Description("Its line.")]
    public int? Line { get; set; }

    [Schema(SchemaRule.Positive)]
    [Description("Its column.")]
    public int? Column { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The value as printed (a number's text, or a grade).")]
    public string Value { get; set; } = string.Empty;
}

[Description("A published grade checked against the grade that follows from figures.")]
internal sealed class GradeCheckDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The source that printed the grade.")]
    public string Printing { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The JSON path of the published grade.")]
    public string Path { get; set; } = string.Empty;

    [Schema(SchemaRule.Positive)]
    [Description("Its line.")]
    public int? Line { get; set; }

    [Schema(SchemaRule.Positive)]
    [Description("Its column.")]
    public int? Column { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The grade as printed.")]
    public string Published { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The code of the level the printed grade names.")]
    public string PublishedCode { get; set; } = string.Empty;

    [JsonRequired]
    [Description("What the expected grade was computed from: published (the source's printed total and tool scores), input, items or indicators.")]
    public AuditBasis Basis { get; set; }

    [JsonRequired]
    [Description("The grade that follows.")]
    public GradeDto Expected { get; set; } = new();

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The total the expected grade was computed from.")]
    public decimal Total { get; set; }

    [Description("The tool scores the expected grade was computed from (rating schemes).")]
    public PublishedToolsDto? Tools { get; set; }

    [JsonRequired]
    [Description("Whether the published grade is the one that follows.")]
    public bool Follows { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("A readable description.")]
    public string Message { get; set; } = string.Empty;
}

[Description("The result of validating a document (ita validate --format json).")]
internal sealed class ValidationResultDto
{
    [JsonRequired]
    [Schema(SchemaRule.SchemaVersion)]
    [Description("The format version (1).")]
    public int SchemaVersion { get; set; }

    [JsonRequired]
    [Schema(Const = "validationResult")]
    [Description("The document kind, \"validationResult\".")]
    public string Kind { get; set; } = string.Empty;

    [Description("The file validated.")]
    public string? Document { get; set; }

    [Description("The kind of document found (assessment, scoreCard, edition …), or null when it could not be told.")]
    public string? DocumentKind { get; set; }

    [JsonRequired]
    [Description("True when the document has no problem.")]
    public bool Valid { get; set; }

    [Description("JSON paths of properties the contract does not define that the valid document carries (kept on a round trip; rejected with --strict).")]
    public List<string>? KeptProperties { get; set; }

    [JsonRequired]
    [Description("Every problem found.")]
    public List<ProblemDto> Problems { get; set; } = [];

    [Description("For a valid assessment document: whether it can be scored (ita score accepts it). Absent for other kinds and for invalid documents.")]
    public bool? Scorable { get; set; }

    [Description("For a valid assessment document that cannot be scored: why (what ita score reports), e.g. missing indicators or published figures only.")]
    public List<ProblemDto>? ScoringProblems { get; set; }
}

[Description("One problem found in a document.")]
internal sealed class ProblemDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("A stable machine-readable code, e.g. unknown-item.")]
    public string Code { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The JSON path of the problem, e.g. $.itemScores.o29.")]
    public string Path { get; set; } = string.Empty;

    [Schema(SchemaRule.Positive)]
    [Description("The 1-based line, when known.")]
    public int? Line { get; set; }

    [Schema(SchemaRule.Positive)]
    [Description("The 1-based column (in characters), when known.")]
    public int? Column { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("What is wrong.")]
    public string Message { get; set; } = string.Empty;
}

[Description("The editions known to the tool (ita editions --format json).")]
internal sealed class EditionListDto
{
    [JsonRequired]
    [Schema(SchemaRule.SchemaVersion)]
    [Description("The format version (1).")]
    public int SchemaVersion { get; set; }

    [JsonRequired]
    [Schema(Const = "editionList")]
    [Description("The document kind, \"editionList\".")]
    public string Kind { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The editions, by first fiscal year.")]
    public List<EditionSummaryDto> Editions { get; set; } = [];
}

[Description("A summary of one edition.")]
internal sealed class EditionSummaryDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The edition id.")]
    public string Id { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The fiscal years covered.")]
    public List<int> FiscalYears { get; set; } = [];

    [JsonRequired]
    [Description("Thai title.")]
    public string Thai { get; set; } = string.Empty;

    [JsonRequired]
    [Description("English title.")]
    public string English { get; set; } = string.Empty;

    [JsonRequired]
    [Description("Whether the edition ships with the library.")]
    public bool BuiltIn { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonNegative)]
    [Description("The number of items.")]
    public int Items { get; set; }

    [JsonRequired]
    [Description("The item codes of each tool.")]
    public string ItemRanges { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The grading scheme id.")]
    public string Grading { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The evidence for the edition as a whole.")]
    public EvidenceDto Evidence { get; set; } = new();
}
