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

[Description("How the document was imported from a published result (ita import).")]
internal sealed class ImportDto
{
    [Schema(SchemaRule.NonEmpty)]
    [Description("The file the result was read from.")]
    public string? Source { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonNegative)]
    [Description("The number of lines read.")]
    public int Lines { get; set; }

    [Schema(SchemaRule.NonEmpty)]
    [Description("The edition the items were identified against.")]
    public string? Edition { get; set; }

    [JsonRequired]
    [Description("Every item score read, with how it was identified.")]
    public List<ImportItemDto> Items { get; set; } = [];

    [JsonRequired]
    [Description("The lines with figures that could not be attributed (listed, never guessed).")]
    public List<UnreadLineDto> Unread { get; set; } = [];
}

[Description("An item score read from a published item table.")]
internal sealed class ImportItemDto
{
    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("The edition's item code.")]
    public string Code { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(SchemaRule.Positive)]
    [Description("The line the score is printed on.")]
    public int Line { get; set; }

    [JsonRequired]
    [Description("The code as printed (possibly mangled by OCR, e.g. ๓๗; empty when none was printed).")]
    public string PrintedCode { get; set; } = string.Empty;

    [JsonRequired]
    [Schema(Enum = "code|text")]
    [Description("How the item was identified: by its printed code, or by its question text against the edition's.")]
    public string MatchedBy { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The similarity (0–1, Dice coefficient of character pairs) of the printed question to the edition's.")]
    public decimal Similarity { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.Score)]
    [Description("The printed score.")]
    public decimal Score { get; set; }

    [JsonRequired]
    [Description("The question text as printed.")]
    public string Question { get; set; } = string.Empty;
}

[Description("A line with a figure that could not be attributed to anything.")]
internal sealed class UnreadLineDto
{
    [JsonRequired]
    [Schema(SchemaRule.Positive)]
    [Description("The line number.")]
    public int Line { get; set; }

    [JsonRequired]
    [Schema(SchemaRule.NonEmpty)]
    [Description("Why it was not read.")]
    public string Reason { get; set; } = string.Empty;

    [JsonRequired]
    [Description("The line as printed (shortened to 160 characters).")]
    public string Text { get; set; } = string.Empty;
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

    [Schema(SchemaRule.SourceLineMap)]
    [Description("The lines of the source each figure is printed on, by figure: total, grade, tools.iit, indicators.5, items.i7 (written by ita import).")]
    public Dictionary<string, List<int>>? Lines { get; set; }

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

    [Schema(SchemaRule.SourceLineMap)]
    [Description("The lines of the source each figure is printed on, by figure: total, grade, tools.iit, indicators.5, items.i7 (written by ita import).")]
    public Dictionary<string, List<int>>? Lines { get; set; }

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

/// <summary>Writes the responses section with <see cref="ResponsesJson"/> (one respondent per line); reading
/// goes through the strict reader, never through this converter.</summary>
internal sealed class ResponsesSectionConverter : JsonConverter<ResponsesSection>
{
    public override ResponsesSection Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The responses section is read by the strict document reader.");

    public override void Write(Utf8JsonWriter writer, ResponsesSection value, JsonSerializerOptions options) =>
        ResponsesJson.Write(writer, value.Set, value.Edition);
}
