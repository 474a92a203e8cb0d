namespace Ita.Model.Json;

/// <summary>Constraints of the JSON contract that the C# types of the contract cannot express.</summary>
[Flags]
internal enum SchemaRule
{
    /// <summary>No extra constraint.</summary>
    None = 0,

    /// <summary>A score: a number from 0 to 100.</summary>
    Score = 1 << 0,

    /// <summary>An object whose property names are indicator numbers (1–99) and whose values are scores.</summary>
    IndicatorScoreMap = 1 << 1,

    /// <summary>An object whose property names are item codes (non-empty) and whose values are scores.</summary>
    ItemScoreMap = 1 << 2,

    /// <summary>A string that is not empty.</summary>
    NonEmpty = 1 << 3,

    /// <summary>A fiscal year in the Buddhist Era, 2500–2700.</summary>
    FiscalYear = 1 << 4,

    /// <summary>The document format version: the constant 1.</summary>
    SchemaVersion = 1 << 5,

    /// <summary>An object that accepts (and round-trips) properties the contract does not define.</summary>
    Open = 1 << 6,

    /// <summary>A non-negative number.</summary>
    NonNegative = 1 << 7,

    /// <summary>A whole number of at least 1.</summary>
    Positive = 1 << 8,

    /// <summary>An array with at least one element.</summary>
    NonEmptyArray = 1 << 9,

    /// <summary>The responses section of an assessment (written by a custom converter; its schema is given in full
    /// by the schema generator).</summary>
    Responses = 1 << 10,

    /// <summary>A string that is not empty or white space; on an array, each element.</summary>
    NotBlank = 1 << 11,

    /// <summary>An array whose elements are all different.</summary>
    UniqueItems = 1 << 12,

    /// <summary>An item code: a lower-case <c>i</c>, <c>e</c> or <c>o</c> and a number (<c>i10</c>, <c>e11</c>,
    /// <c>o27</c>); on an array, each element.</summary>
    ItemCode = 1 << 13,

    /// <summary>An indicator number, 1–10; on an array, each element.</summary>
    IndicatorNumber = 1 << 14,

    /// <summary>Any Buddhist Era year the calendar supports, 2400–10542 (the measure documents' fiscal year).</summary>
    BuddhistEraYear = 1 << 15,

    /// <summary>A date: <c>yyyy-MM-dd</c> as the library writes it, or a Thai date as written (read by
    /// <c>ThaiCalendar.ParseDate</c>).</summary>
    Date = 1 << 16,

    /// <summary>A period: the object of the contract type (<c>start</c>, <c>end</c>, <c>text</c>) as the library
    /// writes it, or a Thai period text, or <c>{"fiscalYear", "text"}</c> for a whole fiscal year.</summary>
    Period = 1 << 17,

    /// <summary>A reporting round: <c>"sixMonth"</c> or <c>"twelveMonth"</c>, or any form of
    /// <see cref="Period"/>.</summary>
    Round = 1 << 18,

    /// <summary>A map from a figure (<c>total</c>, <c>grade</c>, <c>tools.iit</c>, <c>indicators.N</c>,
    /// <c>items.CODE</c>) to the source lines it is printed on (a non-empty array of line numbers ≥ 1).</summary>
    SourceLineMap = 1 << 19,
}
