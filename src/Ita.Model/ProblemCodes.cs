namespace Ita.Model;

/// <summary>The <see cref="ValidationProblem.Code"/> and <see cref="ScoringWarning.Code"/> values the library reports, in
/// one place (docs/json.md lists them): match on these rather than on messages.</summary>
/// <remarks>The codes are stable across releases. A code says what is wrong; <see cref="ValidationProblem.Path"/>, the line
/// and the column say where, and the message says it in words. Several readers share a code when the problem is the
/// same (<see cref="OutOfRange"/>, <see cref="UnknownItem"/>).</remarks>
public static class ProblemCodes
{
    /// <summary>The text is not well-formed: malformed JSON, a Thai number, date or period that does not have the expected shape, or a Parquet file whose structure is damaged (its footer, a page, a column chunk).</summary>
    public const string Syntax = "syntax";

    /// <summary>The input is not valid UTF-8 (or a JSON string holds a lone surrogate).</summary>
    public const string Encoding = "encoding";

    /// <summary>Something follows the end of the JSON document.</summary>
    public const string TrailingContent = "trailing-content";

    /// <summary>The document is larger than the size limit of the read options.</summary>
    public const string TooLarge = "too-large";

    /// <summary>The document is nested deeper than the depth limit of the read options.</summary>
    public const string TooDeep = "too-deep";

    /// <summary>A count (properties, array elements, units, respondents, answers, bytes of a line) is over its limit in the read options.</summary>
    public const string Limit = "limit";

    /// <summary>More problems were found than are listed; the rest are not reported.</summary>
    public const string TooManyProblems = "too-many-problems";

    /// <summary>A summary line: that many further problems of a file were not listed.</summary>
    public const string MoreProblems = "more-problems";

    /// <summary>A JSON object has the same property twice.</summary>
    public const string DuplicateKey = "duplicate-key";

    /// <summary>A property the format does not define (strict reading, or a place where nothing else is allowed).</summary>
    public const string UnknownProperty = "unknown-property";

    /// <summary>A JSON value has the wrong type (e.g. a string where an object is expected).</summary>
    public const string WrongType = "wrong-type";

    /// <summary>A string such as "NaN" or "Infinity" where a number is expected.</summary>
    public const string NotANumber = "not-a-number";

    /// <summary>A number with a fraction where a whole number is expected.</summary>
    public const string NotInteger = "not-integer";

    /// <summary>A number has more digits than a decimal keeps exactly; it is not rounded silently.</summary>
    public const string NumberPrecision = "number-precision";

    /// <summary>A number is too large for a decimal.</summary>
    public const string NumberRange = "number-range";

    /// <summary>A level index written as a string ("3") where a number is expected.</summary>
    public const string NumberAsString = "number-as-string";

    /// <summary>A yes/no answer written as a string ("true") where a boolean is expected.</summary>
    public const string BooleanAsString = "boolean-as-string";

    /// <summary>A text that must not be empty or blank is.</summary>
    public const string EmptyString = "empty-string";

    /// <summary>The input is invalid (used when no more precise problem applies).</summary>
    public const string Invalid = "invalid";

    /// <summary>A required property or value is absent.</summary>
    public const string Missing = "missing";

    /// <summary>A section or text is empty: a responses section with no respondent or check, or empty Thai text.</summary>
    public const string Empty = "empty";

    /// <summary>The document's schemaVersion is not one this library reads.</summary>
    public const string SchemaVersion = "schema-version";

    /// <summary>The document's kind is not the kind being read.</summary>
    public const string WrongKind = "wrong-kind";

    /// <summary>ItaJson.Validate: the document's kind is not a known document kind.</summary>
    public const string UnknownKind = "unknown-kind";

    /// <summary>ItaJson.Validate: the document is an output of the ita tool (e.g. an audit report), not a document the library reads.</summary>
    public const string NotReadable = "not-readable";

    /// <summary>No edition has the id, or no edition covers the fiscal year.</summary>
    public const string UnknownEdition = "unknown-edition";

    /// <summary>The edition does not cover the document's fiscal year.</summary>
    public const string FiscalYear = "fiscal-year";

    /// <summary>An assessment has published figures only: there is nothing to score.</summary>
    public const string NoData = "no-data";

    /// <summary>An alternative printing of the published figures has alternatives of its own.</summary>
    public const string NestedAlternatives = "nested-alternatives";

    /// <summary>An item code is not an item of the edition.</summary>
    public const string UnknownItem = "unknown-item";

    /// <summary>The edition does not know the items of a tool (a partial edition): item scores or raw answers for it cannot be scored.</summary>
    public const string ItemsUnknown = "items-unknown";

    /// <summary>An indicator number is not an indicator of the edition, or an indicator key is not a number.</summary>
    public const string UnknownIndicator = "unknown-indicator";

    /// <summary>A sub-indicator code is not a sub-indicator of the edition.</summary>
    public const string UnknownSubIndicator = "unknown-sub-indicator";

    /// <summary>A grade is not a level of the grading scheme (nor of any known scheme).</summary>
    public const string UnknownGrade = "unknown-grade";

    /// <summary>A value is not one of those the format allows (an enum-like string).</summary>
    public const string UnknownValue = "unknown-value";

    /// <summary>A number is outside its range (a score outside 0–100, a negative count, a minimum below 1).</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>An OIT checklist item's score is not one of its levels (0 or 100).</summary>
    public const string NotALevel = "not-a-level";

    /// <summary>The same figure is given twice in two ways (an item as a score and by answers, an indicator as a score and by its items).</summary>
    public const string Conflict = "conflict";

    /// <summary>An indicator has neither a score nor item scores, so the card cannot be computed.</summary>
    public const string MissingIndicator = "missing-indicator";

    /// <summary>An indicator is computed from its items, and one of them is missing.</summary>
    public const string MissingItem = "missing-item";

    /// <summary>No respondent answered a part of an item, so the item has no score.</summary>
    public const string NoAnswers = "no-answers";

    /// <summary>An item is given under a tool it does not belong to.</summary>
    public const string WrongTool = "wrong-tool";

    /// <summary>An answer does not have one value per part of its item (or is an array for a single-part item, or not for a multi-part one).</summary>
    public const string Parts = "parts";

    /// <summary>An answer gives a part the item does not have.</summary>
    public const string NoSuchPart = "no-such-part";

    /// <summary>An answer's level is not on the item's scale.</summary>
    public const string OutOfScale = "out-of-scale";

    /// <summary>A yes/no part is answered with a number, or an ordinal part with a boolean.</summary>
    public const string AnswerType = "answer-type";

    /// <summary>What-if: an item cannot be changed because the card does not hold its score.</summary>
    public const string NotInCard = "not-in-card";

    /// <summary>No chain of declared lineages links two editions, so their items cannot be matched.</summary>
    public const string NoLineage = "no-lineage";

    /// <summary>Batch: the scoring edition and the edition the year was read with differ in an item or part.</summary>
    public const string EditionMismatch = "edition-mismatch";

    /// <summary>Score card: a figure differs from what the edition says (a tool's weight, a pass mark).</summary>
    public const string Mismatch = "mismatch";

    /// <summary>Score card: two figures of the card disagree (a tool score and its indicators, a source and its items).</summary>
    public const string Inconsistent = "inconsistent";

    /// <summary>Score card: toolScores does not list the tools once each, in order.</summary>
    public const string Tools = "tools";

    /// <summary>Score card: indicators does not list every indicator of the edition once, in order.</summary>
    public const string Indicators = "indicators";

    /// <summary>Score card: an item is listed twice.</summary>
    public const string DuplicateItem = "duplicate-item";

    /// <summary>Score card: items or sub-indicators are not in the edition's order.</summary>
    public const string Order = "order";

    /// <summary>Something is given twice (a measure's indicator or item, an OIT decision or a respondent in a year file).</summary>
    public const string Duplicate = "duplicate";

    /// <summary>Edition: a fiscal year is listed twice.</summary>
    public const string DuplicateFiscalYear = "duplicate-fiscal-year";

    /// <summary>Edition: two scales have the same id.</summary>
    public const string DuplicateScale = "duplicate-scale";

    /// <summary>Edition: a scale's levels do not suit its kind (a yes/no scale has exactly two levels).</summary>
    public const string ScaleLevels = "scale-levels";

    /// <summary>Edition: a tool is defined twice.</summary>
    public const string DuplicateTool = "duplicate-tool";

    /// <summary>Edition: one of IIT, EIT and OIT is not defined.</summary>
    public const string MissingTool = "missing-tool";

    /// <summary>Edition: the tool weights do not sum to 1.</summary>
    public const string WeightsSum = "weights-sum";

    /// <summary>Edition: an indicator is defined twice.</summary>
    public const string DuplicateIndicator = "duplicate-indicator";

    /// <summary>Edition: a tool has no indicator.</summary>
    public const string EmptyTool = "empty-tool";

    /// <summary>Edition: a sub-indicator belongs to an indicator that is not an OIT indicator.</summary>
    public const string SubIndicatorTool = "sub-indicator-tool";

    /// <summary>Edition: a sub-indicator is defined twice.</summary>
    public const string DuplicateSubIndicator = "duplicate-sub-indicator";

    /// <summary>Edition: an OIT item does not name one of its indicator's sub-indicators.</summary>
    public const string MissingSubIndicator = "missing-sub-indicator";

    /// <summary>Edition: an item has the same part twice.</summary>
    public const string DuplicatePart = "duplicate-part";

    /// <summary>Edition: an item's scale disagrees with its parts' scales.</summary>
    public const string ItemScale = "item-scale";

    /// <summary>Edition: an indicator has no item.</summary>
    public const string EmptyIndicator = "empty-indicator";

    /// <summary>Edition: a sub-indicator has no item.</summary>
    public const string EmptySubIndicator = "empty-sub-indicator";

    /// <summary>Edition: an item names a scale that is not defined.</summary>
    public const string UnknownScale = "unknown-scale";

    /// <summary>Edition: the lineage does not name a valid previous edition.</summary>
    public const string LineageFrom = "lineage-from";

    /// <summary>Edition: a lineage entry's from/to lists do not fit its change (e.g. a merge of one item).</summary>
    public const string LineageShape = "lineage-shape";

    /// <summary>Edition: an item is in more than one lineage entry.</summary>
    public const string LineageDuplicate = "lineage-duplicate";

    /// <summary>Edition: the lineage does not map every item.</summary>
    public const string LineageIncomplete = "lineage-incomplete";

    /// <summary>Edition: a grading level is defined twice.</summary>
    public const string DuplicateLevel = "duplicate-level";

    /// <summary>Edition: grading levels are not listed best first.</summary>
    public const string LevelOrder = "level-order";

    /// <summary>Edition: a grading scheme has no level (or no level for every total).</summary>
    public const string GradingLevels = "grading-levels";

    /// <summary>Measure plan: two measures have the same id.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>Measure plan: a text is not an item code (a lower-case i, e or o and a number).</summary>
    public const string ItemCode = "item-code";

    /// <summary>A period or date range ends before it starts.</summary>
    public const string InvalidRange = "invalid-range";

    /// <summary>Measure plan: a period's text and its start and end disagree.</summary>
    public const string PeriodMismatch = "period-mismatch";

    /// <summary>Measure status: a status is not one of the known statuses.</summary>
    public const string UnknownStatus = "unknown-status";

    /// <summary>Measure status: a report is dated before its round starts.</summary>
    public const string AsOf = "as-of";

    /// <summary>Measure status: a report is not dated after the one before it.</summary>
    public const string ReportOrder = "report-order";

    /// <summary>Measure status: a round is reported twice.</summary>
    public const string DuplicateRound = "duplicate-round";

    /// <summary>Measure status: a round belongs to another fiscal year than the log.</summary>
    public const string RoundFiscalYear = "round-fiscal-year";

    /// <summary>Measure status: a measure goes back without a reason.</summary>
    public const string InvalidTransition = "invalid-transition";

    /// <summary>Measure status: a reopen reason is given where the measure does not go back.</summary>
    public const string UnexpectedReopen = "unexpected-reopen";

    /// <summary>Measure status: an entry names a measure the plan does not have.</summary>
    public const string UnknownMeasure = "unknown-measure";

    /// <summary>Batch: a file is neither JSON documents nor a year CSV.</summary>
    public const string FileKind = "file-kind";

    /// <summary>Batch: the input has no usable document, so no edition is known.</summary>
    public const string NoDocuments = "no-documents";

    /// <summary>Batch: a CSV file's header is missing or not the expected one.</summary>
    public const string Header = "header";

    /// <summary>Batch: a CSV row has the wrong number of columns.</summary>
    public const string Columns = "columns";

    /// <summary>Batch: a CSV row's unit is empty or invalid.</summary>
    public const string Unit = "unit";

    /// <summary>Batch: a CSV row's tool is not iit or eit.</summary>
    public const string Tool = "tool";

    /// <summary>Batch: a CSV row's respondent is empty or invalid.</summary>
    public const string Respondent = "respondent";

    /// <summary>Batch: an OIT row's disclosed value is not 1, 0, true or false.</summary>
    public const string Disclosed = "disclosed";

    /// <summary>Batch: a unit's rows are not together in the answers file.</summary>
    public const string UnitNotContiguous = "unit-not-contiguous";

    /// <summary>Batch: a unit is given twice in JSON year documents.</summary>
    public const string DuplicateUnit = "duplicate-unit";

    /// <summary>Batch: a JSON year document gives scores instead of raw responses.</summary>
    public const string NotResponses = "not-responses";

    /// <summary>Thai text is not a number (a stray character, or too large or precise for a decimal).</summary>
    public const string InvalidNumber = "invalid-number";

    /// <summary>A Thai word in the place of a month is not a month name or abbreviation.</summary>
    public const string UnknownMonth = "unknown-month";

    /// <summary>A numeric month is not between 1 and 12.</summary>
    public const string InvalidMonth = "invalid-month";

    /// <summary>The day does not exist in its month.</summary>
    public const string InvalidDay = "invalid-day";

    /// <summary>A year has a number of digits other than 2 or 4, or contradicts its era prefix.</summary>
    public const string InvalidYear = "invalid-year";

    /// <summary>A year looks like a Common Era year where Buddhist Era years are expected.</summary>
    public const string CommonEraYear = "common-era-year";

    /// <summary>Warning: a respondent gave no usable answer; they count in no item's mean.</summary>
    public const string EmptyRespondent = "empty-respondent";

    /// <summary>Warning: a survey tool is scored from fewer usable respondents than its minimum.</summary>
    public const string BelowMinimum = "below-minimum";

    /// <summary>Importing published results (ita import): the input holds NUL characters, so it is not text (extract the text of a PDF first, or give a .docx).</summary>
    public const string ImportBinary = "import.binary";

    /// <summary>Importing published results: the text is not UTF-8.</summary>
    public const string ImportEncoding = "import.encoding";

    /// <summary>Importing published results: no fiscal year is stated in the text and none was given.</summary>
    public const string ImportFiscalYear = "import.fiscalYear";

    /// <summary>Importing published results: no ITA figure (total, indicator, tool or item score) was found.</summary>
    public const string ImportNoFigures = "import.noFigures";

    /// <summary>Reading a Word document (Ita.Model.Office): the file is not a .docx package, has no main document part, or the part cannot be read.</summary>
    public const string DocxInvalid = "docx.invalid";

    /// <summary>Reading a Word document (Ita.Model.Office): the document part is not well-formed XML.</summary>
    public const string DocxXml = "docx.xml";

    /// <summary>Reading a Word document (Ita.Model.Office): the document has no main document body.</summary>
    public const string DocxNoBody = "docx.noBody";
}
