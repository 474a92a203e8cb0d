namespace Ita.Model.Reports;

/// <summary>The language of a report's labels.</summary>
public enum ReportLanguage
{
    /// <summary>Thai labels followed by English in parentheses: <c>คะแนนรวม (total)</c>.</summary>
    Bilingual,

    /// <summary>Thai labels only.</summary>
    Thai,

    /// <summary>English labels only.</summary>
    English,
}
