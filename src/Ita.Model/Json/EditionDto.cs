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
    [Description("The edition id, e.g. \"2563-2565\", \"2568\".")]
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

    [Description("The lineage from the previous edition: per item, which earlier items it continues (omitted when the edition declares none).")]
    public LineageDto? Lineage { get; set; }
}
