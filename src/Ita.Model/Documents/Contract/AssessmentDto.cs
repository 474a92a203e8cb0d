using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ita.Model.Json;

// Contract of the assessment document.
// The JSON contract as C# types: what the library writes, and what the schema files under docs/schema/ are
// generated from (JsonSchemaExporter, in a test) together with the [Schema] constraints. Reading goes through the
// positional strict readers (AssessmentDocument, ScoreCardDocument, EditionReader), which report every problem
// with its path and position; these types are written, and deserialized only by tests (editions) to prove the
// schema covers the format. Property order here is the order written.
#pragma warning disable CA2227 // Contract types are plain data carriers for the source-generated serializer.
#pragma warning disable CA1002 // List<T> keeps the generated code simple; these types are internal.
#pragma warning disable MA0016 // Same: concrete collections in internal contract types.

namespace Ita.Model.Documents;

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
    [Description("The id of the edition to score with (e.g. \"2563-2565\", \"2568\" or a registered custom edition).")]
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

    [Description("How the document was imported from a published result by ita import (docs/documents.md): the input read, the edition its items were identified against, how each item was identified, and the lines not read.")]
    public ImportDto? Import { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
