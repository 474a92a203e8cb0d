using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

// Contract of the edition format (docs/edition-format.md).
// The JSON contract as C# types: what the library writes, and what the schema files under docs/schema/ are
// generated from (JsonSchemaExporter, in a test) together with the [Schema] constraints. Reading goes through the
// positional strict readers (AssessmentDocument, ScoreCardDocument, EditionReader), which report every problem
// with its path and position; these types are written, and deserialized only by tests (editions) to prove the
// schema covers the format. Property order here is the order written.
#pragma warning disable CA2227 // Contract types are plain data carriers for the source-generated serializer.
#pragma warning disable CA1002 // List<T> keeps the generated code simple; these types are internal.
#pragma warning disable MA0016 // Same: concrete collections in internal contract types.

namespace Ita.Model.Json;

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
